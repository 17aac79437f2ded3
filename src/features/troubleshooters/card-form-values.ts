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
