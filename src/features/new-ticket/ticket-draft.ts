import type { KeyValueStorage } from '@/storage/device-storage'
import { readJson, writeJson } from '@/storage/device-storage'
import { checkForSecrets } from '@/safety/secrets-guard'
import type { TicketFormValues } from './ticket-form-values'
import { guardedText } from './ticket-form-values'

/** Where the unposted new ticket is kept on this device. */
export const DRAFT_KEY = 'bt:draft:new-ticket'

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

const isEmpty = (values: TicketFormValues) =>
  values.title.trim() === '' &&
  values.description.trim() === '' &&
  values.topics.length === 0 &&
  values.budget.trim() === '' &&
  !values.troubleshooter

/** What saving did: the draft was stored, cleared (empty form), or held back (it has a secret). */
export type DraftSave = 'saved' | 'cleared' | 'withheld'

/**
 * Keeps the draft on this device, unless the secrets guard blocks its text: a recovery phrase or
 * private key is never written to storage (the last safe draft stays, the form keeps the rest in
 * memory).
 */
export const saveTicketDraft = (storage: KeyValueStorage, values: TicketFormValues): DraftSave => {
  if (checkForSecrets(guardedText(values)).verdict === 'block') return 'withheld'
  if (isEmpty(values)) {
    storage.removeItem(DRAFT_KEY)
    return 'cleared'
  }
  writeJson(storage, DRAFT_KEY, values)
  return 'saved'
}

/** Forgets the draft (after the ticket was posted). */
export const clearTicketDraft = (storage: KeyValueStorage): void => storage.removeItem(DRAFT_KEY)
