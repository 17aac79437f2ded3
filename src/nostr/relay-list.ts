import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { readBasics } from './event-shape'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept } from './read-result'
import { normalizeRelayUrl } from './safe-url'

/** A NIP-65 relay list: where someone reads (inbox) and writes (outbox). */
export type RelayList = { read: string[]; write: string[] }

const unique = (urls: Iterable<string>) => [...new Set(urls)]

/** https://github.com/nostr-protocol/nips/blob/master/65.md — reads kind 10002; bad URLs are skipped. */
export const readRelayList = (event: NostrEvent): ReadResult<RelayList> => {
  const basics = readBasics(event, Kind.RelayList, 'a relay list (10002)')
  if (!basics.ok) return basics
  const read: string[] = []
  const write: string[] = []
  for (const tag of basics.value.tags) {
    if (tag[0] !== 'r') continue
    const url = normalizeRelayUrl(tag[1])
    if (!url) continue
    if (tag[2] !== 'write') read.push(url)
    if (tag[2] !== 'read') write.push(url)
  }
  return accept({ read: unique(read), write: unique(write) })
}

/** Builds kind 10002; a relay in both lists gets one unmarked `r` tag. */
export const makeRelayList = (list: RelayList, now: number): EventTemplate => {
  const read = unique(list.read.flatMap((url) => normalizeRelayUrl(url) ?? []))
  const write = unique(list.write.flatMap((url) => normalizeRelayUrl(url) ?? []))
  const tags = unique([...read, ...write]).map((url) => {
    if (read.includes(url) && write.includes(url)) return ['r', url]
    return ['r', url, read.includes(url) ? 'read' : 'write']
  })
  return { kind: Kind.RelayList, created_at: now, tags, content: '' }
}

/** https://github.com/nostr-protocol/nips/blob/master/17.md — reads kind 10050 DM relays. */
export const readDmRelays = (event: NostrEvent): ReadResult<string[]> => {
  const basics = readBasics(event, Kind.DirectMessageRelays, 'a DM relay list (10050)')
  if (!basics.ok) return basics
  return accept(
    unique(
      basics.value.tags.flatMap((tag) =>
        tag[0] === 'relay' ? (normalizeRelayUrl(tag[1]) ?? []) : [],
      ),
    ),
  )
}

/** Builds kind 10050 from relay URLs (invalid ones dropped). */
export const makeDmRelays = (urls: readonly string[], now: number): EventTemplate => ({
  kind: Kind.DirectMessageRelays,
  created_at: now,
  tags: unique(urls.flatMap((url) => normalizeRelayUrl(url) ?? [])).map((url) => ['relay', url]),
  content: '',
})
