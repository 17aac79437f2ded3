import { test as base } from '@playwright/test'
import type { BrowserContext } from '@playwright/test'
import { startDemoSigner } from '../../scripts/demo-signer'
import { startDemoWallet } from '../../scripts/demo-wallet'
import type { DemoWallet } from '../../scripts/demo-wallet'
import type { DemoSigner } from '../../scripts/demo-signer'
import { startRelay } from '../../scripts/relay'
import type { LocalRelay, RelayOptions } from '../../scripts/relay'
import type { TestIdentity } from './identities'
import { bunkerBitcoiner, extensionBitcoiner } from './identities'
import { installNip07 } from './nip07'
import type { Nip07Extension } from './nip07'
import { makeSeeder } from './seed'
import type { Seeder } from './seed'

/** localStorage key of the user's relay list (an array of URLs), see docs/CONTRACTS.md. */
export const RELAYS_KEY = 'bt:relays'

/**
 * Every page of `context` starts with the app's relay list set to `urls`, as a user who added
 * these relays would have it. Set only when the page has no list yet, so a test's own changes
 * survive reloads.
 */
export const useAppRelays = (context: BrowserContext, urls: readonly string[]) =>
  context.addInitScript(
    ({ key, list }) => {
      try {
        if (window.localStorage.getItem(key) === null) {
          window.localStorage.setItem(key, JSON.stringify(list))
        }
      } catch {
        // about:blank and other opaque origins have no localStorage
      }
    },
    { key: RELAYS_KEY, list: [...urls] },
  )

type Fixtures = {
  /** How `relay` runs, e.g. `{ requireAuthFor: [1059] }` for a DM relay that wants NIP-42. */
  relayOptions: Omit<RelayOptions, 'port' | 'host' | 'dbPath'>
  /** A real in-memory relay for this test only; `restart()` keeps its events and port. */
  relay: LocalRelay
  /** A second, independent relay (started only by the tests that ask for it). */
  relayB: LocalRelay
  /**
   * Whether pages start with the app's relay list set to [relay.url], as a user who added the
   * local relay would have it (the build's default relays are public hosts, unreachable here).
   * Set only when the page has no list yet, so a test's own changes survive reloads.
   */
  appUsesLocalRelay: boolean
  /** Builders-backed publishing of tickets, offers, profiles and the demo set to `relay`. */
  seed: Seeder
  /** The same, to `relayB`. */
  seedB: Seeder
  /** A NIP-46 bunker on `relay` holding bunkerBitcoiner's key, whose profile is published. */
  signer: DemoSigner & { identity: TestIdentity; name: string }
  /** window.nostr in every page, backed by extensionBitcoiner's key; profile published. */
  nip07: Nip07Extension & { identity: TestIdentity; name: string }
  /** A NIP-47 wallet service on `relay` over a fake ledger holding 50,000 sats. */
  wallet: DemoWallet
  /** Another one, empty: a troubleshooter's own wallet, which makes their invoices. */
  payeeWallet: DemoWallet
}

export const test = base.extend<Fixtures>({
  relayOptions: [{}, { option: true }],

  relay: async ({ relayOptions }, use) => {
    const relay = await startRelay({ name: 'e2e relay', ...relayOptions })
    await use(relay)
    await relay.stop()
  },

  // eslint-disable-next-line no-empty-pattern
  relayB: async ({}, use) => {
    const relay = await startRelay({ name: 'e2e relay B' })
    await use(relay)
    await relay.stop()
  },

  appUsesLocalRelay: [true, { option: true }],

  context: async ({ context, relay, appUsesLocalRelay }, use) => {
    if (appUsesLocalRelay) await useAppRelays(context, [relay.url])
    await use(context)
  },

  seed: async ({ relay }, use) => {
    await use(makeSeeder(relay.url))
  },

  seedB: async ({ relayB }, use) => {
    await use(makeSeeder(relayB.url))
  },

  signer: async ({ relay, seed }, use) => {
    await seed.profile(bunkerBitcoiner)
    const signer = await startDemoSigner({
      relayUrl: relay.url,
      secretKey: bunkerBitcoiner.secretKey,
    })
    await use({ ...signer, identity: bunkerBitcoiner, name: bunkerBitcoiner.profile.name })
    await signer.stop()
  },

  nip07: async ({ context, seed }, use) => {
    await seed.profile(extensionBitcoiner)
    const extension = await installNip07(context, extensionBitcoiner.secretKey)
    await use({ ...extension, identity: extensionBitcoiner, name: extensionBitcoiner.profile.name })
  },

  wallet: async ({ relay }, use) => {
    const wallet = await startDemoWallet({ relayUrl: relay.url, balanceSats: 50_000 })
    await use(wallet)
    await wallet.stop()
  },

  payeeWallet: async ({ relay }, use) => {
    const wallet = await startDemoWallet({
      relayUrl: relay.url,
      balanceSats: 0,
      alias: 'Troubleshooter wallet',
    })
    await use(wallet)
    await wallet.stop()
  },
})

export { expect } from '@playwright/test'
