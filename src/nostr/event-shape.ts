import type { NostrEvent } from 'nostr-tools'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import type { Tag } from './tags'
import { isHex64, tagValue } from './tags'

/** The parts every reader needs, after checking the event is shaped like a nostr event at all. */
export type EventBasics = { tags: Tag[]; pubkey: string; createdAt: number; content: string }

const isTagList = (tags: unknown): tags is Tag[] =>
  Array.isArray(tags) &&
  tags.every((tag) => Array.isArray(tag) && tag.every((item) => typeof item === 'string'))

/**
 * Checks the kind and the shape of untrusted relay data. `what` names the event in reasons,
 * e.g. "a ticket (32767)".
 */
export const readBasics = (
  event: NostrEvent,
  kind: number,
  what: string,
): ReadResult<EventBasics> => {
  if (typeof event !== 'object' || event === null) return reject('it is not an event')
  if (event.kind !== kind) return reject(`it is kind ${String(event.kind)}, not ${what}`)
  if (!isHex64(event.pubkey)) return reject('its author pubkey is not 64 lowercase hex characters')
  if (!isTagList(event.tags)) return reject('its tags are not lists of strings')
  if (typeof event.content !== 'string') return reject('its content is not text')
  if (!Number.isSafeInteger(event.created_at) || event.created_at < 0) {
    return reject('its created_at is not a unix time')
  }
  return accept({
    tags: event.tags,
    pubkey: event.pubkey,
    createdAt: event.created_at,
    content: event.content,
  })
}

/** The `d` identifier of an addressable event, rejecting a missing or empty one. */
export const readD = (tags: readonly Tag[]): ReadResult<string> => {
  const d = tagValue(tags, 'd')
  return d === undefined || d === '' ? reject('it has no d identifier') : accept(d)
}

/** `published_at` when it is a unix time, else the event's created_at (as SatShoot does). */
export const readPublishedAt = (tags: readonly Tag[], createdAt: number): number => {
  const text = tagValue(tags, 'published_at')
  return text !== undefined && /^\d{1,12}$/.test(text) ? Number(text) : createdAt
}

/** Every `p` tag's pubkey, rejecting the event if any of them is malformed. */
export const readPubkeyTags = (tags: readonly Tag[]): ReadResult<string[]> => {
  const pubkeys: string[] = []
  for (const tag of tags) {
    if (tag[0] !== 'p') continue
    if (!isHex64(tag[1]))
      return reject(`its p tag "${(tag[1] ?? '').slice(0, 80)}" is not a 64-hex pubkey`)
    if (!pubkeys.includes(tag[1])) pubkeys.push(tag[1])
  }
  return accept(pubkeys)
}
