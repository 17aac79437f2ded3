import type { KeyValueStorage } from '@/storage/device-storage'
import { readJson } from '@/storage/device-storage'
import type { DraftRules, DraftSave } from '@/storage/drafts'
import { clearDraft, draftKey, keepDraft } from '@/storage/drafts'
import type { TicketFormValues } from './ticket-form-values'
import { guardedText } from './ticket-form-values'

/** Where the unposted new ticket is kept on this device. */
export const DRAFT_KEY = draftKey('new-ticket')

const isHex64 = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)

/** The saved draft, if there is a readable one; odd fields are dropped, not trusted. */
export const loadTicketDraft = (storage: KeyValueStorage): TicketFormValues | undefined => {
  const raw = readJson(storage, DRAFT_KEY)
  if (typeof raw !== 'object' || raw === null) return undefined
  const draft = raw as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const topics = Array.isArray(draft.topics)
    ? draft.topics.filter((topic): topic is string => typeof topic === 'string').slice(0, 5)
    : []
  return {
    title: text(draft.title),
    description: text(draft.description),
    topics,
    budget: text(draft.budget),
    ...(isHex64(draft.troubleshooter) ? { troubleshooter: draft.troubleshooter } : {}),
  }
}

/** What the draft keeper needs to know of the new-ticket form. */
export const ticketDraftRules: DraftRules<TicketFormValues> = {
  text: guardedText,
  isEmpty: (values) =>
    values.title.trim() === '' &&
    values.description.trim() === '' &&
    values.topics.length === 0 &&
    values.budget.trim() === '' &&
    !values.troubleshooter,
}

/** Keeps the draft on this device (see keepDraft: never a text with a secret). */
export const saveTicketDraft = (storage: KeyValueStorage, values: TicketFormValues): DraftSave =>
  keepDraft(storage, DRAFT_KEY, values, ticketDraftRules)

/** Forgets the draft (after the ticket was posted). */
export const clearTicketDraft = (storage: KeyValueStorage): void => clearDraft(storage, DRAFT_KEY)
