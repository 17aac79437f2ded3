import type { Ticket, TicketInput } from '@/nostr/ticket'
import { TITLE_MAX, TOPICS_MAX, cleanTopics } from '@/nostr/ticket'

/** What the new-ticket form holds, as typed (the budget stays text until posting). */
export type TicketFormValues = {
  title: string
  description: string
  topics: string[]
  budget: string
  /** Hex pubkey of the troubleshooter asked directly, if any. */
  troubleshooter?: string
}

export const emptyTicketForm = (): TicketFormValues => ({
  title: '',
  description: '',
  topics: [],
  budget: '',
})

/**
 * The form prefilled from an existing ticket (edit, or reopen a failed one as a new ticket). A
 * direct request is kept; the winner of an accepted offer is not.
 */
export const formFromTicket = (ticket: Ticket): TicketFormValues => ({
  title: ticket.title,
  description: ticket.description,
  topics: ticket.topics.slice(0, TOPICS_MAX),
  budget: ticket.budget === undefined ? '' : String(ticket.budget),
  ...(ticket.troubleshooter && !ticket.acceptedOffer
    ? { troubleshooter: ticket.troubleshooter }
    : {}),
})

/** Characters as a person counts them (an emoji is one). */
export const titleLength = (title: string): number => [...title.trim()].length

/** A budget typed as "21000", "21,000" or "21 000" → sats; '' → none; anything else → NaN. */
export const parseBudget = (text: string): number | undefined => {
  const compact = text.replace(/[\s,_]/g, '')
  if (compact === '') return undefined
  if (!/^\d{1,16}$/.test(compact)) return Number.NaN
  const sats = Number(compact)
  return Number.isSafeInteger(sats) ? sats : Number.NaN
}

/** Field → the problem to fix before posting, in plain words. Empty when the form can be posted. */
export type TicketFormProblems = Partial<Record<'title' | 'budget', string>>

export const ticketFormProblems = (values: TicketFormValues): TicketFormProblems => {
  const problems: TicketFormProblems = {}
  const length = titleLength(values.title)
  if (length === 0) problems.title = 'Give your ticket a short title.'
  else if (length > TITLE_MAX)
    problems.title = `The title is ${length - TITLE_MAX} characters too long (at most ${TITLE_MAX}).`
  const budget = parseBudget(values.budget)
  if (budget !== undefined && Number.isNaN(budget))
    problems.budget = 'Write the budget as a whole number of sats, like 25000.'
  return problems
}

/** The command input for a valid form (check `ticketFormProblems` first). */
export const ticketInputFromForm = (values: TicketFormValues): Omit<TicketInput, 'd'> => {
  const budget = parseBudget(values.budget)
  return {
    title: values.title.trim(),
    description: values.description,
    topics: cleanTopics(values.topics),
    ...(budget !== undefined && !Number.isNaN(budget) ? { budget } : {}),
    ...(values.troubleshooter ? { troubleshooter: values.troubleshooter } : {}),
  }
}

/** The text the secrets guard reads: everything that would be published as typed words. */
export const guardedText = (values: Pick<TicketFormValues, 'title' | 'description'>): string =>
  `${values.title}\n\n${values.description}`
