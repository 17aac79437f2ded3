import { connectApp } from '@tests/support/connect-app'
import 'fake-indexeddb/auto'
import { hexToBytes } from 'nostr-tools/utils'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { BITCOINER, SECRET, STRANGER, signed } from '@tests/support/nostr-fixtures'
import { startDemoSigner, type DemoSigner } from '../../scripts/demo-signer'
import { startRelay, type LocalRelay } from '../../scripts/relay'
import { publishEvents, queryEvents } from '../../scripts/relay-io'
import type { CommandResult } from './command-result'

// Editing one's own kind 0 against a real relay, signing through a real NIP-46 bunker.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

let relay: LocalRelay
const signers: DemoSigner[] = []

const load = async () => ({
  session: await import('@/commands/session'),
  profile: await import('./profile'),
  outbox: await import('@/stores/publish-outbox'),
  profiles: await import('@/stores/profiles'),
})
let m: Awaited<ReturnType<typeof load>>

const signIn = async (who: 'bitcoiner' | 'stranger') => {
  const signer = await startDemoSigner({ relayUrl: relay.url, secretKey: hexToBytes(SECRET[who]) })
  signers.push(signer)
  m.session.signOut()
  expect(await m.session.signInWithBunker(signer.bunkerUri)).toBe(true)
}

const newestProfileOnRelay = async (pubkey: string) => {
  const events = await queryEvents(relay.url, [{ kinds: [0], authors: [pubkey] }])
  return events.sort((a, b) => b.created_at - a.created_at)[0]
}

const reasonOf = (result: CommandResult) => (result.ok ? 'published' : result.reason)

describe('saveProfile with a local relay', () => {
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

  it('keeps every field another client wrote, and the tags, and shows the new name', async () => {
    const before = Math.floor(Date.now() / 1000) - 600
    const theirs = signed(
      'bitcoiner',
      0,
      [
        ['i', 'github:satoshi', 'proof'],
        ['client', 'elsewhere'],
      ],
      '{"name":"old","website":"https://me.example","banner":"https://me.example/b.png","x_custom":[1,{"b":true}]}',
      before,
    )
    await publishEvents(relay.url, [theirs])
    await signIn('bitcoiner')
    const saved = await m.profile.saveProfile({ name: 'Satoshi N', lud16: 'sat@wallet.example' })
    expect(reasonOf(saved)).toBe('published')
    const onRelay = await newestProfileOnRelay(BITCOINER)
    expect(onRelay?.content).toBe(
      '{"name":"Satoshi N","website":"https://me.example","banner":"https://me.example/b.png","x_custom":[1,{"b":true}],"lud16":"sat@wallet.example"}',
    )
    // the client tag named the app that published the old version, not this edit
    expect(onRelay?.tags).toEqual([['i', 'github:satoshi', 'proof']])
    expect(m.profiles.useProfiles.getState().profiles[BITCOINER]?.name).toBe('Satoshi N')
  })

  it('refuses a secret in the about text before anything is signed', async () => {
    const result = await m.profile.saveProfile({
      about: 'my key nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5',
    })
    expect(reasonOf(result)).toMatch(/^Not published: the about text contains a secret/)
  })

  it('writes a first profile for someone who has none', async () => {
    await signIn('stranger')
    expect(reasonOf(await m.profile.saveProfile({ name: 'Newcomer' }))).toBe('published')
    expect((await newestProfileOnRelay(STRANGER))?.content).toBe('{"name":"Newcomer"}')
  })

  it(
    'refuses, publishing nothing, when the current profile cannot be loaded',
    { timeout: 20_000 },
    async () => {
      await relay.stop()
      const jobsBefore = Object.keys(m.outbox.usePublishOutbox.getState().jobs).length
      expect(reasonOf(await m.profile.saveProfile({ name: 'Wiped?' }))).toMatch(
        /could not be loaded, so nothing was published/,
      )
      expect(Object.keys(m.outbox.usePublishOutbox.getState().jobs)).toHaveLength(jobsBefore)
    },
  )
})
