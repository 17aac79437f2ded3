import type { NostrEvent } from 'nostr-tools'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { BITCOINER, sign } from '@tests/support/nostr-fixtures'
import { closingRelay, scriptedRelay } from '@tests/support/scripted-relay'
import { relayNeedsAuth } from './relay-events'
import { subscribe } from './subscribe'
import type { RelayState } from './subscription-state'

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const ticket = JSON.parse(
  JSON.stringify(
    sign('bitcoiner', {
      kind: 32767,
      created_at: 1760000000,
      tags: [
        ['d', 'a1b2c3d4e5f60718'],
        ['title', 'Ledger will not sign a PSBT'],
        ['s', '0'],
      ],
      content: 'My Ledger says the transaction is invalid.',
    }),
  ),
) as NostrEvent
const forgery: NostrEvent = { ...ticket, content: 'Send your seed words to support@scam.example' }

let forger: Awaited<ReturnType<typeof scriptedRelay>>
let honest: Awaited<ReturnType<typeof scriptedRelay>>

beforeAll(async () => {
  forger = await scriptedRelay([forgery, { ...ticket, sig: '0'.repeat(128) }, ticket], 0)
  honest = await scriptedRelay([ticket], 300)
})
afterAll(() => {
  forger.server.close()
  honest.server.close()
})

const collect = (relays: string[]) =>
  new Promise<NostrEvent[]>((resolve) => {
    const events: NostrEvent[] = []
    subscribe(
      { kinds: [32767] },
      { onEvent: (event) => events.push(event), onEose: () => resolve(events) },
      { relays, closeOnEose: true, eoseTimeoutMs: 3000 },
    )
  })

describe('subscribe', () => {
  it('delivers the real event once, although forged copies with its id arrived first', async () => {
    const events = await collect([forger.url, honest.url])
    expect(events).toHaveLength(1)
    expect(events[0]?.pubkey).toBe(BITCOINER)
    expect(events[0]?.content).toBe('My Ledger says the transaction is invalid.')
  })

  it('delivers the real event from an honest relay after a forger sent only forgeries', async () => {
    const onlyForged = await scriptedRelay([forgery], 0)
    const events = await collect([onlyForged.url, honest.url])
    onlyForged.server.close()
    expect(events.map((event) => event.content)).toEqual([
      'My Ledger says the transaction is invalid.',
    ])
  })

  it("puts a relay that answers CLOSED auth-required: to 'auth-required', and a refusal to 'refused'", async () => {
    const asksAuth = await closingRelay('auth-required: this relay serves only signed-in readers')
    const refuses = await closingRelay('blocked: not on this relay')
    const states: Record<string, RelayState>[] = []
    try {
      await new Promise<void>((resolve) =>
        subscribe(
          { kinds: [1059] },
          {
            onEvent: () => {},
            // neither relay sends EOSE: settled by their answers, not by the timeout
            onEose: resolve,
            onState: (next) => states.push({ ...next }),
          },
          { relays: [asksAuth.url, refuses.url, honest.url], eoseTimeoutMs: 60_000 },
        ),
      )
      expect(states.at(-1)).toEqual({
        [asksAuth.url]: 'auth-required',
        [refuses.url]: 'refused',
        [honest.url]: 'live',
      })
      // the relay list hears it too ("Needs sign-in"); a plain refusal is not a sign-in request
      expect(relayNeedsAuth(asksAuth.url)).toBe(true)
      expect(relayNeedsAuth(refuses.url)).toBe(false)
    } finally {
      asksAuth.server.close()
      refuses.server.close()
    }
  })
})
