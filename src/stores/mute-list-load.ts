import type { NostrEvent } from 'nostr-tools'
import { anyRelayUp } from '@/ndk/client'
import { currentSigner, onSignerChange } from '@/ndk/current-signer'
import { fetchEvents } from '@/ndk/fetch-events'
import { toVerifiedEvent } from '@/ndk/verify'
import { Kind } from '@/nostr/kinds'
import { readPrivateMutes } from '@/nostr/mute-list'
import { newestEvent } from '@/nostr/versions'
import { deviceStorage, readJson, writeJson } from '@/storage/device-storage'
import { forgetMutePlaintexts, muteCryptoFor } from './mute-crypto'
import type { PrivatePart } from './mutes'
import { useMutes } from './mutes'
import { usePublishOutbox } from './publish-outbox'
import { ownDataRelayUrls, useRelays } from './relays'

/**
 * Where the signed-in person's mute list comes from: their relays, the copy this device kept of
 * the newest version (so muted people stay hidden on a reload, also offline), and a version still
 * waiting in the outbox. The kept copy is the signed event as published (its private part still
 * encrypted), under a `bt:secret:` key, which signing out removes.
 */

const keyOf = (owner: string) => `bt:secret:mute-list:${owner}`

const keptList = (owner: string): NostrEvent | undefined => {
  const event = toVerifiedEvent(readJson(deviceStorage(), keyOf(owner)))
  return event?.kind === Kind.MuteList && event.pubkey === owner ? event : undefined
}

/** Decrypts a list's private part with the signed-in person's signer. */
export const readPrivatePart = async (list: NostrEvent): Promise<PrivatePart> => {
  if (list.content.trim() === '') return { state: 'none' }
  const signer = currentSigner()
  if (!signer || signer.pubkey !== list.pubkey)
    return { state: 'unreadable', reason: 'only its owner, signed in, can decrypt it' }
  const read = await readPrivateMutes(list, muteCryptoFor(signer))
  return read.ok
    ? { state: 'read', items: read.value }
    : { state: 'unreadable', reason: read.reason }
}

/**
 * Shows `list` as `owner`'s mute list (when no newer one is shown), keeps it on this device, and
 * reads its private part unless `privatePart` already says what it holds.
 */
export const showMuteList = (owner: string, list: NostrEvent, privatePart?: PrivatePart): void => {
  forgetOnSignOut()
  const store = useMutes.getState()
  const encrypted = list.content.trim() !== ''
  store.showList(owner, list, privatePart ?? (encrypted ? { state: 'reading' } : { state: 'none' }))
  if (useMutes.getState().list?.id !== list.id) return
  writeJson(deviceStorage(), keyOf(owner), list)
  if (!privatePart && encrypted)
    void readPrivatePart(list).then((part) => useMutes.getState().setPrivatePart(list.id, part))
}

/** Relays answer a mute list lookup within this long. */
const LOOKUP_MS = 5000

/**
 * The newest version of `owner`'s mute list among their relays, this device's copy, the outbox
 * and the store. `reachedRelays` is false when no relay was up to ask: then a newer version made
 * elsewhere may exist, and nothing should be written over it.
 */
export const fetchNewestMuteList = async (
  owner: string,
): Promise<{ list?: NostrEvent; reachedRelays: boolean }> => {
  const relays = ownDataRelayUrls(useRelays.getState())
  const reachedRelays = anyRelayUp(relays)
  const fetched = reachedRelays
    ? await fetchEvents(
        { kinds: [Kind.MuteList], authors: [owner] },
        { relays, timeoutMs: LOOKUP_MS },
      )
    : []
  const waiting = Object.values(usePublishOutbox.getState().jobs).map((job) => job.event)
  const shown = useMutes.getState()
  const kept = keptList(owner)
  const candidates = [...fetched, ...waiting, ...(kept ? [kept] : [])]
  if (shown.owner === owner && shown.list) candidates.push(shown.list)
  const list = newestEvent(
    candidates.filter((event) => event.kind === Kind.MuteList && event.pubkey === owner),
  )
  return { list, reachedRelays }
}

let loadedFor: string | undefined
let stopListening: (() => void) | undefined

/** Signing out (or in as someone else) forgets the list and every decrypted private part. */
function forgetOnSignOut() {
  stopListening ??= onSignerChange(() => {
    const signer = currentSigner()
    if (signer && signer.pubkey === useMutes.getState().owner) return
    loadedFor = undefined
    forgetMutePlaintexts()
    useMutes.getState().reset()
  })
}

/**
 * Loads `owner`'s mute list into the store once per sign-in: this device's copy at once, then
 * the relays' newest. Signing out forgets it (and every decrypted private part) in memory.
 */
export const ensureMuteList = (owner: string): void => {
  if (loadedFor === owner) return
  loadedFor = owner
  forgetOnSignOut()
  if (useMutes.getState().owner !== owner) useMutes.getState().reset(owner)
  const kept = keptList(owner)
  if (kept) showMuteList(owner, kept)
  void (async () => {
    const relays = ownDataRelayUrls(useRelays.getState())
    const fetched = await fetchEvents(
      { kinds: [Kind.MuteList], authors: [owner] },
      { relays, timeoutMs: LOOKUP_MS },
    )
    if (loadedFor !== owner) return
    const newest = newestEvent(fetched.filter((event) => event.pubkey === owner))
    if (newest) showMuteList(owner, newest)
    useMutes.getState().markLoaded(owner)
  })()
}
