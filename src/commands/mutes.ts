import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { currentSigner } from '@/ndk/current-signer'
import {
  addPrivateMute,
  addPublicMute,
  readMuteList,
  readPrivateMutes,
  removePrivateMute,
  removePublicMute,
} from '@/nostr/mute-list'
import type { Tag } from '@/nostr/tags'
import { isHex64 } from '@/nostr/tags'
import { muteCryptoFor } from '@/stores/mute-crypto'
import { fetchNewestMuteList, showMuteList } from '@/stores/mute-list-load'
import type { PrivatePart } from '@/stores/mutes'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import { SIGN_IN_FIRST, nowSeconds, publishAndStore, signedInPubkey } from './command-support'

/**
 * Muting and unmuting people on the signed-in person's NIP-51 mute list (kind 10000): the newest
 * list is loaded (relays, this device, the outbox), every item it holds is kept — public tags of
 * every kind, and the encrypted private items — and the new version goes through the outbox.
 * A private part that cannot be decrypted is never written over: that is how people lost their
 * private mutes in other apps.
 */

export const MUTE_LIST_UNREACHABLE =
  'Your mute list was not changed: none of your relays could be reached to load its newest version, and saving an older one could undo changes made in another app. Try again when you are online.'

/** Why an edit that needs the private part was refused, in plain words. */
const unreadable = (reason: string) =>
  `Your mute list was not changed. It holds private entries that could not be read (${reason}). Saving it now would erase them — other apps lost people's private mutes this way. Check that your signer is unlocked and allows decrypting, then try again; muting publicly keeps them untouched.`

type Loaded = { me: string; list?: NostrEvent }

const loadForEdit = async (person: string): Promise<Loaded | { refusal: string }> => {
  const me = signedInPubkey()
  if (!me) return { refusal: SIGN_IN_FIRST }
  if (!isHex64(person)) return { refusal: 'This person’s key is malformed.' }
  if (person === me) return { refusal: 'You cannot mute yourself.' }
  const { list, reachedRelays } = await fetchNewestMuteList(me)
  if (!reachedRelays) return { refusal: MUTE_LIST_UNREACHABLE }
  if (list) showMuteList(me, list)
  return { me, list }
}

const publish = async (
  me: string,
  template: EventTemplate,
  privatePart: PrivatePart | undefined,
): Promise<CommandResult> => {
  const result = await publishAndStore(template, 'Your mute list')
  if (result.ok) showMuteList(me, result.event, privatePart)
  return result
}

/** The private items, read with the signer ([] when the list has none). */
const privateItems = async (list: NostrEvent | undefined) => {
  if (!list || list.content.trim() === '') return { ok: true as const, items: [] as Tag[] }
  const signer = currentSigner()
  if (!signer) return { ok: false as const, reason: 'nobody is signed in to decrypt them' }
  const read = await readPrivateMutes(list, muteCryptoFor(signer))
  return read.ok ? { ok: true as const, items: read.value } : read
}

const hasPerson = (items: readonly Tag[], person: string) =>
  items.some((tag) => tag[0] === 'p' && tag[1] === person)

/**
 * Mutes `person`: privately by default (only the signed-in person can read who), or publicly.
 * A public mute keeps the encrypted part byte for byte, so it works even when that part cannot
 * be read; a private one re-encrypts it with NIP-44 and refuses when it cannot be read.
 */
export const mutePerson = async (
  person: string,
  { publicly = false }: { publicly?: boolean } = {},
): Promise<CommandResult> => {
  const loaded = await loadForEdit(person)
  if ('refusal' in loaded) return refuse(loaded.refusal)
  const { me, list } = loaded
  const item: Tag = ['p', person]
  if (publicly) return publish(me, addPublicMute(list, item, nowSeconds()), undefined)
  const signer = currentSigner()
  if (!signer) return refuse(SIGN_IN_FIRST)
  const items = await privateItems(list)
  if (!items.ok) return refuse(unreadable(items.reason))
  const built = await addPrivateMute(list, item, nowSeconds(), muteCryptoFor(signer))
  if (!built.ok) return refuse(unreadable(built.reason))
  const kept = hasPerson(items.items, person) ? items.items : [...items.items, item]
  return publish(me, built.value, { state: 'read', items: kept })
}

/**
 * Unmutes `person` wherever the list names them, publicly and privately, keeping everything
 * else. When the private part cannot be read, only a public mute can be lifted (the encrypted
 * part kept as it is); otherwise the edit is refused.
 */
export const unmutePerson = async (person: string): Promise<CommandResult> => {
  const loaded = await loadForEdit(person)
  if ('refusal' in loaded) return refuse(loaded.refusal)
  const { me, list } = loaded
  if (!list) return refuse('You have not muted this person.')
  const item: Tag = ['p', person]
  const read = readMuteList(list)
  const inPublic = read.ok && read.value.pubkeys.includes(person)
  const withoutPublic = inPublic ? removePublicMute(list, item, nowSeconds()) : undefined
  const items = await privateItems(list)
  if (!items.ok) {
    if (withoutPublic) return publish(me, withoutPublic, undefined)
    return refuse(unreadable(items.reason))
  }
  if (!hasPerson(items.items, person)) {
    if (withoutPublic) return publish(me, withoutPublic, undefined)
    return refuse('You have not muted this person.')
  }
  const signer = currentSigner()
  if (!signer) return refuse(SIGN_IN_FIRST)
  // the public edit's tags, with the private part edited on top of the same list
  const base: NostrEvent = withoutPublic ? { ...list, tags: withoutPublic.tags } : list
  const built = await removePrivateMute(base, item, nowSeconds(), muteCryptoFor(signer))
  if (!built.ok) return refuse(unreadable(built.reason))
  const kept = items.items.filter((tag) => !(tag[0] === 'p' && tag[1] === person))
  return publish(me, built.value, { state: 'read', items: kept })
}
