import { checkForSecrets } from '@/safety/secrets-guard'
import type { KeyValueStorage } from './device-storage'
import { readJson, writeJson } from './device-storage'

/**
 * Unsent form drafts (a new ticket, an offer, a troubleshooter card), kept on this device so a
 * reload or a closed tab loses nothing typed. Callers never pass a text the secrets guard blocks.
 */
const PREFIX = 'bt:draft:'

/** The storage key of one form's draft, e.g. `draftKey('offer', <pubkey>, <ticket address>)`. */
export const draftKey = (...parts: string[]): string => `${PREFIX}${parts.join(':')}`

/** The saved value (parse it: it is whatever was stored, or undefined). */
export const readDraft = (storage: KeyValueStorage, key: string): unknown => readJson(storage, key)

/** What saving did: the draft was stored, cleared (empty form), or held back (it has a secret). */
export type DraftSave = 'saved' | 'cleared' | 'withheld'

/** What a form tells the draft keeper about its values. */
export type DraftRules<T> = {
  /** The text the secrets guard reads. */
  text: (values: T) => string
  isEmpty: (values: T) => boolean
}

/**
 * Keeps a draft, unless the secrets guard blocks its text: a recovery phrase or private key is
 * never written to storage (the last safe draft stays; the form keeps the rest in memory). An
 * empty form clears the draft.
 */
export const keepDraft = <T>(
  storage: KeyValueStorage,
  key: string,
  values: T,
  rules: DraftRules<T>,
): DraftSave => {
  if (checkForSecrets(rules.text(values)).verdict === 'block') return 'withheld'
  if (rules.isEmpty(values)) {
    storage.removeItem(key)
    return 'cleared'
  }
  writeJson(storage, key, values)
  return 'saved'
}

export const clearDraft = (storage: KeyValueStorage, key: string): void => storage.removeItem(key)

/** Forgets every draft on this device (signing out). */
export const clearAllDrafts = (storage: KeyValueStorage): void => {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key?.startsWith(PREFIX)) keys.push(key)
  }
  for (const key of keys) storage.removeItem(key)
}
