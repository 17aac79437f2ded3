import { connectApp } from '@tests/support/connect-app'
import 'fake-indexeddb/auto'
import type { NostrEvent } from 'nostr-tools'
import * as nip04 from 'nostr-tools/nip04'
import * as nip44 from 'nostr-tools/nip44'
import { finalizeEvent, generateSecretKey, getPublicKey } from 'nostr-tools/pure'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { RIVAL, STRANGER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'
import { startDemoSigner, type DemoSigner } from '../../scripts/demo-signer'
import { publishEvents, queryEvents } from '../../scripts/relay-io'
import { startRelay, type LocalRelay } from '../../scripts/relay'

// Mute list edits and reports against a real relay, signed and decrypted by a real NIP-46 bunker: lists are
// published by a script (as another app would), edited through the commands, and read back from
// the relay and decrypted here with nostr-tools, not with the app's code.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

let relay: LocalRelay
const signers: DemoSigner[] = []

const load = async () => ({
  session: await import('@/commands/session'),
  mutes: await import('./mutes'),
  reports: await import('./reports'),
  store: await import('@/stores/mutes'),
})
let m: Awaited<ReturnType<typeof load>>

type Person = { secretKey: Uint8Array; pubkey: string }

/** A new person, signed in through their own bunker. */
const signInNewPerson = async (): Promise<Person> => {
  const secretKey = generateSecretKey()
  const signer = await startDemoSigner({ relayUrl: relay.url, secretKey })
  signers.push(signer)
  m.session.signOut()
  expect(await m.session.signInWithBunker(signer.bunkerUri)).toBe(true)
  return { secretKey, pubkey: getPublicKey(secretKey) }
}

const toSelf = (person: Person, items: string[][]) =>
  nip44.encrypt(JSON.stringify(items), nip44.getConversationKey(person.secretKey, person.pubkey))
const fromSelf = (person: Person, content: string): unknown =>
  JSON.parse(nip44.decrypt(content, nip44.getConversationKey(person.secretKey, person.pubkey)))

/** Publishes a mute list as another app would (a minute old). */
const publishList = async (person: Person, tags: string[][], content: string) => {
  const event = finalizeEvent(
    { kind: 10000, tags, content, created_at: Math.floor(Date.now() / 1000) - 60 },
    person.secretKey,
  )
  await publishEvents(relay.url, [event])
  return event
}

const newestOnRelay = async (person: Person): Promise<NostrEvent> => {
  const lists = await queryEvents(relay.url, [{ kinds: [10000], authors: [person.pubkey] }])
  const newest = lists.sort((a, b) => b.created_at - a.created_at)[0]
  if (!newest) throw new Error('no mute list on the relay')
  return newest
}

const PUBLIC_TAGS = [
  ['p', RIVAL, 'wss://relay.example', 'petname'],
  ['t', 'shitcoin'],
  ['word', 'giveaway'],
  ['e', 'a'.repeat(64)],
  ['emoji', 'x', 'https://e.example/x.png'],
  ['future-tag', 'kept', 'as', 'is'],
]
const PRIVATE_ITEMS = [
  ['p', STRANGER],
  ['word', 'airdrop'],
  ['t', 'pump'],
  ['unknown-private', 'x'],
]

const reason = (result: { ok: boolean; reason?: string }) => (result.ok ? 'ok' : result.reason)

describe('mute list commands with a local relay and a remote signer', () => {
  beforeAll(async () => {
    relay = await startRelay()
    vi.stubEnv('VITE_RELAYS', relay.url)
    vi.resetModules()
    m = await load()
    await connectApp(relay.url)
  }, 30_000)

  afterAll(async () => {
    m?.session.signOut()
    for (const signer of signers) await signer.stop()
    await relay?.stop()
    vi.unstubAllEnvs()
  })

  it('a private mute keeps every public tag and every private item (NIP-44)', async () => {
    const me = await signInNewPerson()
    await publishList(me, PUBLIC_TAGS, toSelf(me, PRIVATE_ITEMS))
    expect(reason(await m.mutes.mutePerson(TROUBLESHOOTER))).toBe('ok')
    const newest = await newestOnRelay(me)
    expect(newest.tags).toEqual(PUBLIC_TAGS)
    expect(fromSelf(me, newest.content)).toEqual([...PRIVATE_ITEMS, ['p', TROUBLESHOOTER]])
    const { muted, mutedPrivately } = m.store.useMutes.getState()
    expect([...muted].sort()).toEqual([RIVAL, STRANGER, TROUBLESHOOTER].sort())
    expect(mutedPrivately.has(TROUBLESHOOTER)).toBe(true)
  })

  it('a public mute keeps the encrypted part byte for byte', async () => {
    const me = await signInNewPerson()
    const before = await publishList(me, PUBLIC_TAGS, toSelf(me, PRIVATE_ITEMS))
    expect(reason(await m.mutes.mutePerson(TROUBLESHOOTER, { publicly: true }))).toBe('ok')
    const newest = await newestOnRelay(me)
    expect(newest.tags).toEqual([...PUBLIC_TAGS, ['p', TROUBLESHOOTER]])
    expect(newest.content).toBe(before.content)
  })

  it('unmuting removes the person from both parts and keeps the rest', async () => {
    const me = await signInNewPerson()
    await publishList(
      me,
      [...PUBLIC_TAGS, ['p', TROUBLESHOOTER]],
      toSelf(me, [...PRIVATE_ITEMS, ['p', TROUBLESHOOTER]]),
    )
    expect(reason(await m.mutes.unmutePerson(TROUBLESHOOTER))).toBe('ok')
    const newest = await newestOnRelay(me)
    expect(newest.tags).toEqual(PUBLIC_TAGS)
    expect(fromSelf(me, newest.content)).toEqual(PRIVATE_ITEMS)
    expect(m.store.useMutes.getState().muted.has(TROUBLESHOOTER)).toBe(false)
    expect(reason(await m.mutes.unmutePerson(TROUBLESHOOTER))).toBe(
      'You have not muted this person.',
    )
  })

  it('reads a legacy NIP-04 private part and writes the same items back with NIP-44', async () => {
    const me = await signInNewPerson()
    const legacy = nip04.encrypt(me.secretKey, me.pubkey, JSON.stringify(PRIVATE_ITEMS))
    expect(legacy).toContain('?iv=')
    await publishList(me, PUBLIC_TAGS, legacy)
    expect(reason(await m.mutes.mutePerson(TROUBLESHOOTER))).toBe('ok')
    const newest = await newestOnRelay(me)
    expect(newest.content).not.toContain('?iv=')
    expect(fromSelf(me, newest.content)).toEqual([...PRIVATE_ITEMS, ['p', TROUBLESHOOTER]])
  })

  it('refuses to write over a private part it cannot decrypt, and says why', async () => {
    const me = await signInNewPerson()
    // encrypted by some other key to itself: this person's signer cannot read it
    const other = generateSecretKey()
    const foreign = nip44.encrypt(
      JSON.stringify(PRIVATE_ITEMS),
      nip44.getConversationKey(other, getPublicKey(other)),
    )
    const before = await publishList(me, PUBLIC_TAGS, foreign)
    const refused = reason(await m.mutes.mutePerson(TROUBLESHOOTER))
    expect(refused).toMatch(
      /^Your mute list was not changed\. It holds private entries that could not be read/,
    )
    expect(refused).toMatch(/would erase them/)
    expect(reason(await m.mutes.unmutePerson(STRANGER))).toMatch(/could not be read/)
    expect((await newestOnRelay(me)).id).toBe(before.id)
    // the store learnt why, for the person's menu to say so
    await vi.waitFor(() => expect(m.store.useMutes.getState().privatePart.state).toBe('unreadable'))

    // a public edit keeps the unreadable part byte for byte, so it may go ahead
    expect(reason(await m.mutes.unmutePerson(RIVAL))).toBe('ok')
    const newest = await newestOnRelay(me)
    expect(newest.content).toBe(foreign)
    expect(newest.tags).toEqual(PUBLIC_TAGS.slice(1))
  })

  it('refuses content that decrypts to something other than a list of tags', async () => {
    const me = await signInNewPerson()
    const before = await publishList(me, [], toSelf(me, { not: 'a list' } as never))
    expect(reason(await m.mutes.mutePerson(TROUBLESHOOTER))).toMatch(/not a list of tags/)
    expect((await newestOnRelay(me)).id).toBe(before.id)
  })

  it('reports a scam publicly with the words given, and refuses a report holding a secret', async () => {
    const me = await signInNewPerson()
    const sent = await m.reports.reportPerson({
      pubkey: TROUBLESHOOTER,
      ground: 'scam',
      text: 'Asked me to pay a "verification fee" before helping.',
    })
    expect(reason(sent)).toBe('ok')
    const [onRelay] = await queryEvents(relay.url, [{ kinds: [1984], authors: [me.pubkey] }])
    expect(onRelay?.tags).toEqual([
      ['p', TROUBLESHOOTER, 'other'],
      ['L', 'bitcoin-troubleshoot/report'],
      ['l', 'scam', 'bitcoin-troubleshoot/report'],
    ])
    expect(onRelay?.content).toBe('Scam: Asked me to pay a "verification fee" before helping.')

    const phrase =
      'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'
    expect(
      reason(await m.reports.reportPerson({ pubkey: RIVAL, ground: 'spam', text: phrase })),
    ).toMatch(/^Not published: the report contains a secret/)
    expect(reason(await m.reports.reportPerson({ pubkey: me.pubkey, ground: 'spam' }))).toBe(
      'You cannot report yourself.',
    )
    expect(await queryEvents(relay.url, [{ kinds: [1984], authors: [me.pubkey] }])).toHaveLength(1)
  })
})
