import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { readBasics } from './event-shape'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import type { Tag } from './tags'

/**
 * NIP-51 mute list (kind 10000). Edits keep every existing item: public tags of every type, and
 * the encrypted private items in `content`, copied verbatim unless a private item is edited.
 */

/** The signer's encryption to oneself, passed in (this module never holds keys). */
export type MuteCrypto = {
  nip44Encrypt: (plaintext: string) => Promise<string>
  nip44Decrypt: (ciphertext: string) => Promise<string>
  /** Older lists were encrypted with NIP-04 (content contains "?iv="). */
  nip04Decrypt?: (ciphertext: string) => Promise<string>
}

/** The public part of a mute list. */
export type MuteList = {
  /** Every public tag, including kinds this app does not use. */
  tags: Tag[]
  pubkeys: string[]
  hashtags: string[]
  words: string[]
  eventIds: string[]
  /** Whether `content` holds encrypted private items. */
  hasPrivateItems: boolean
}

const summarise = (tags: Tag[], content: string): MuteList => {
  const values = (name: string) =>
    tags.flatMap((tag) => (tag[0] === name && tag[1] ? [tag[1]] : []))
  return {
    tags,
    pubkeys: values('p'),
    hashtags: values('t'),
    words: values('word'),
    eventIds: values('e'),
    hasPrivateItems: content.trim() !== '',
  }
}

/** Reads the public items of a mute list. */
export const readMuteList = (event: NostrEvent): ReadResult<MuteList> => {
  const basics = readBasics(event, Kind.MuteList, 'a mute list (10000)')
  if (!basics.ok) return basics
  return accept(summarise(basics.value.tags, basics.value.content))
}

const sameItem = (a: Tag, b: Tag) => a[0] === b[0] && a[1] === b[1]

const withItem = (tags: readonly Tag[], item: Tag): Tag[] =>
  tags.some((tag) => sameItem(tag, item))
    ? tags.map((t) => [...t])
    : [...tags.map((t) => [...t]), [...item]]

const withoutItem = (tags: readonly Tag[], item: Tag): Tag[] =>
  tags.filter((tag) => !sameItem(tag, item)).map((t) => [...t])

const template = (
  tags: Tag[],
  content: string,
  now: number,
  previous?: NostrEvent,
): EventTemplate => ({
  kind: Kind.MuteList,
  created_at: previous ? Math.max(now, previous.created_at + 1) : now,
  tags,
  content,
})

/** Adds a public item (e.g. `["p", pubkey]`), keeping everything else, content verbatim. */
export const addPublicMute = (
  previous: NostrEvent | undefined,
  item: Tag,
  now: number,
): EventTemplate =>
  template(withItem(previous?.tags ?? [], item), previous?.content ?? '', now, previous)

/** Removes a public item (matched by name and value), keeping everything else, content verbatim. */
export const removePublicMute = (previous: NostrEvent, item: Tag, now: number): EventTemplate =>
  template(withoutItem(previous.tags, item), previous.content, now, previous)

/** Decrypts the private items; refuses rather than guessing when they cannot be read. */
export const readPrivateMutes = async (
  event: NostrEvent,
  crypto: MuteCrypto,
): Promise<ReadResult<Tag[]>> => {
  if (event.content.trim() === '') return accept([])
  let plaintext: string
  try {
    if (event.content.includes('?iv=')) {
      if (!crypto.nip04Decrypt)
        return reject('the private mutes use NIP-04 and no NIP-04 decryption was given')
      plaintext = await crypto.nip04Decrypt(event.content)
    } else {
      plaintext = await crypto.nip44Decrypt(event.content)
    }
  } catch (error) {
    return reject(`the private mutes could not be decrypted: ${(error as Error).message}`)
  }
  try {
    const parsed: unknown = JSON.parse(plaintext)
    if (
      !Array.isArray(parsed) ||
      !parsed.every((t) => Array.isArray(t) && t.every((x) => typeof x === 'string'))
    ) {
      return reject('the private mutes are not a list of tags')
    }
    return accept(parsed as Tag[])
  } catch {
    return reject('the private mutes are not JSON')
  }
}

const editPrivate = async (
  previous: NostrEvent | undefined,
  edit: (items: Tag[]) => Tag[],
  now: number,
  crypto: MuteCrypto,
): Promise<ReadResult<EventTemplate>> => {
  const items = previous ? await readPrivateMutes(previous, crypto) : accept<Tag[]>([])
  if (!items.ok) return reject(`the mute list was not changed: ${items.reason}`)
  let content: string
  try {
    content = await crypto.nip44Encrypt(JSON.stringify(edit(items.value)))
  } catch (error) {
    return reject(`the mute list was not changed: encryption failed: ${(error as Error).message}`)
  }
  return accept(
    template(
      (previous?.tags ?? []).map((t) => [...t]),
      content,
      now,
      previous,
    ),
  )
}

/** Adds a private item; public tags kept as they are; the content is re-encrypted with NIP-44. */
export const addPrivateMute = (
  previous: NostrEvent | undefined,
  item: Tag,
  now: number,
  crypto: MuteCrypto,
): Promise<ReadResult<EventTemplate>> =>
  editPrivate(previous, (items) => withItem(items, item), now, crypto)

/** Removes a private item; public tags kept; the content is re-encrypted with NIP-44. */
export const removePrivateMute = (
  previous: NostrEvent,
  item: Tag,
  now: number,
  crypto: MuteCrypto,
): Promise<ReadResult<EventTemplate>> =>
  editPrivate(previous, (items) => withoutItem(items, item), now, crypto)
