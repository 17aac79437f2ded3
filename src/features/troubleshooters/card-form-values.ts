import type { DraftRules } from '@/storage/drafts'
import type { SaveCardInput } from '@/commands/cards'
import type { PricingInput } from '@/nostr/pricing'
import { perHourToPerMinute } from '@/nostr/pricing'
import { TOPICS_MAX } from '@/nostr/ticket'
import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'
import { formatPerMinute } from './format-per-minute'
import type { RateValue } from './rate-field'

/** The card editor's fields, as typed. */
export type CardFormValues = {
  title: string
  topics: string[]
  rate: RateValue
  available: boolean
  about: string
}

export const CARD_TITLE_MAX = 140

export const emptyCardForm = (): CardFormValues => ({
  title: '',
  topics: [],
  rate: { kind: 'per-minute', amount: '' },
  available: true,
  about: '',
})

/** The editor prefilled from my current card. */
export const formFromCard = (card: TroubleshooterCard): CardFormValues => ({
  title: card.title,
  topics: card.topics.slice(0, TOPICS_MAX),
  rate:
    card.pricing.kind === 'fixed'
      ? { kind: 'fixed', amount: String(card.pricing.sats) }
      : {
          kind: 'per-minute',
          amount: formatPerMinute(perHourToPerMinute(card.pricing.satsPerHour)),
        },
  available: card.available,
  about: card.about,
})

/** The typed amount as a number: whole sats for a fixed price, up to two decimals per minute. */
export const parseRate = (rate: RateValue): number | undefined => {
  const text = rate.amount.replace(/[\s,_]/g, '')
  const pattern = rate.kind === 'fixed' ? /^\d{1,15}$/ : /^\d{1,12}(\.\d{1,2})?$/
  return pattern.test(text) ? Number(text) : undefined
}

export type CardFormProblems = Partial<Record<'title' | 'rate', string>>

export const cardFormProblems = (values: CardFormValues): CardFormProblems => {
  const problems: CardFormProblems = {}
  const length = [...values.title.trim()].length
  if (length === 0) problems.title = 'Give your card a title, e.g. "Coldcard and Sparrow help".'
  else if (length > CARD_TITLE_MAX)
    problems.title = `The title is ${length - CARD_TITLE_MAX} characters too long.`
  if (parseRate(values.rate) === undefined)
    problems.rate =
      values.rate.kind === 'fixed'
        ? 'Write the price as a whole number of sats, like 25000.'
        : 'Write the rate in sats per minute, like 50 or 12.5.'
  return problems
}

/** The `saveCard` input for a valid form (check `cardFormProblems` first). */
export const cardInputFromForm = (values: CardFormValues): SaveCardInput => {
  const amount = parseRate(values.rate) ?? 0
  const pricing: PricingInput =
    values.rate.kind === 'fixed'
      ? { kind: 'fixed', sats: amount }
      : { kind: 'per-minute', satsPerMinute: amount }
  return {
    title: values.title.trim(),
    topics: values.topics,
    pricing,
    available: values.available,
    about: values.about,
  }
}

/** What the draft keeper needs to know of the card editor. */
export const cardDraftRules: DraftRules<CardFormValues> = {
  text: (values) => `${values.title}\n\n${values.about}`,
  isEmpty: (values) =>
    values.title.trim() === '' &&
    values.about.trim() === '' &&
    values.topics.length === 0 &&
    values.rate.amount.trim() === '',
}

/** A card draft read back from this device, if it has the editor's shape; odd fields dropped. */
export const readKeptCardDraft = (value: unknown): CardFormValues | undefined => {
  if (typeof value !== 'object' || value === null) return undefined
  const { title, topics, rate, available, about } = value as Record<string, unknown>
  const { kind, amount } = (rate ?? {}) as Record<string, unknown>
  if (typeof title !== 'string' || typeof about !== 'string' || typeof amount !== 'string')
    return undefined
  if (kind !== 'fixed' && kind !== 'per-minute') return undefined
  return {
    title: title.slice(0, CARD_TITLE_MAX),
    topics: Array.isArray(topics)
      ? topics.filter((topic): topic is string => typeof topic === 'string').slice(0, TOPICS_MAX)
      : [],
    rate: { kind, amount: amount.slice(0, 40) },
    available: available !== false,
    about: about.slice(0, 20_000),
  }
}
