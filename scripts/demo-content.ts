import type { PricingInput } from '../src/nostr/pricing'
import type { DemoIdentity } from './demo-keys'
import {
  adaMultisig,
  dorothyCold,
  halNodeworth,
  kofiStacker,
  lenaLightning,
  satoshiNewcomer,
} from './demo-keys'

/** What happened to a demo ticket: still New, or an offer was accepted (and maybe resolved). */
export type DemoOutcome = { accepted: string; resolved?: boolean }

/** A demo offer; `key` names it within its ticket. */
export type DemoOffer = {
  key: string
  by: DemoIdentity
  pricing: PricingInput
  coverLetter: string
}

/** A demo ticket with its offers. `daysAgo` dates it relative to the seeding time. */
export type DemoTicket = {
  key: string
  by: DemoIdentity
  daysAgo: number
  title: string
  description: string
  topics: string[]
  budget?: number
  troubleshooter?: DemoIdentity
  offers: DemoOffer[]
  outcome?: DemoOutcome
}

export const demoTickets: DemoTicket[] = [
  {
    key: 'coldcard-psbt',
    by: satoshiNewcomer,
    daysAgo: 1,
    title: "Coldcard Mk4 won't sign a PSBT exported from Sparrow",
    description:
      'I built a transaction in Sparrow 1.9, saved the PSBT to the microSD card and the Coldcard ' +
      'says "PSBT does not contain any key path information". The wallet was imported into ' +
      'Sparrow from the Coldcard export file. What did I miss?',
    topics: ['coldcard', 'sparrow', 'psbt', 'hardware-wallet'],
    budget: 20_000,
    offers: [
      {
        key: 'ada',
        by: adaMultisig,
        pricing: { kind: 'fixed', sats: 15_000 },
        coverLetter:
          'Usually the wallet in Sparrow was imported with the wrong fingerprint or as watch-only ' +
          'from an xpub. I will walk you through re-importing it over a screen share; no seed words.',
      },
      {
        key: 'lena',
        by: lenaLightning,
        pricing: { kind: 'per-minute', satsPerMinute: 120 },
        coverLetter:
          'Happy to look at the PSBT with you (it holds no secrets). Should take 15 minutes.',
      },
    ],
  },
  {
    key: 'umbrel-99',
    by: kofiStacker,
    daysAgo: 3,
    title: 'Umbrel node stuck at 99 % sync for three days',
    description:
      'Raspberry Pi 4, 1 TB SSD. Bitcoin Core shows 99.97 % and the block height has not moved ' +
      'since Tuesday. Restarting the app did not help. The logs mention "Corrupted block database".',
    topics: ['umbrel', 'full-node', 'initial-block-download', 'bitcoin-core'],
    budget: 10_000,
    offers: [
      {
        key: 'hal',
        by: halNodeworth,
        pricing: { kind: 'per-minute', satsPerMinute: 50 },
        coverLetter:
          'Corrupted block database on a Pi is almost always the SSD or its power supply. We check ' +
          'the drive, then reindex the chainstate instead of the whole chain.',
      },
    ],
    outcome: { accepted: 'hal' },
  },
  {
    key: 'electrum-path',
    by: dorothyCold,
    daysAgo: 2,
    title: 'Lost the derivation path of my 2015 Electrum wallet',
    description:
      'I have my 12 words written down from 2015 but a new Electrum shows an empty wallet. ' +
      'I think it was an old-style Electrum seed, not BIP39. How do I find my coins again?',
    topics: ['electrum', 'recovery', 'seed-phrase'],
    budget: 50_000,
    offers: [
      {
        key: 'ada',
        by: adaMultisig,
        pricing: { kind: 'fixed', sats: 40_000 },
        coverLetter:
          'Electrum 1.x and 2.x seeds restore with their own option, not BIP39. I will guide you ' +
          'offline, on your own computer; you type the words, never me.',
      },
    ],
  },
  {
    key: 'stuck-tx',
    by: satoshiNewcomer,
    daysAgo: 6,
    title: 'Transaction stuck for a week at 2 sat/vB: RBF or CPFP?',
    description:
      'I sent from my wallet at 2 sat/vB and it has been unconfirmed for a week. The wallet shows ' +
      'a "bump fee" button but it is greyed out. Can I still get it confirmed?',
    topics: ['stuck-transaction', 'rbf', 'cpfp', 'fees'],
    budget: 8_000,
    offers: [
      {
        key: 'lena',
        by: lenaLightning,
        pricing: { kind: 'fixed', sats: 5_000 },
        coverLetter:
          'If RBF was not signalled we can still spend the change output with a high fee (CPFP). ' +
          'Ten minutes together and it is in the next block.',
      },
    ],
    outcome: { accepted: 'lena', resolved: true },
  },
  {
    key: 'force-close',
    by: kofiStacker,
    daysAgo: 1,
    title: 'Lightning channel force-closed: when do my sats come back?',
    description:
      'My LND node force-closed a channel with 2 million sats on my side. The balance is gone ' +
      'from the wallet view. Is it lost? The peer was offline for a few days.',
    topics: ['lightning', 'force-close', 'lnd', 'channels'],
    offers: [
      {
        key: 'lena',
        by: lenaLightning,
        pricing: { kind: 'per-minute', satsPerMinute: 80 },
        coverLetter:
          'Your sats are timelocked, not lost: a force-close returns them after the CSV delay ' +
          '(often 144 to 2016 blocks). I can show you where LND lists them as pending.',
      },
    ],
  },
  {
    key: 'sparrow-tor',
    by: satoshiNewcomer,
    daysAgo: 2,
    title: "Sparrow can't connect to my node over Tor",
    description:
      'Sparrow says "Could not connect to the server" when I paste the .onion address of my ' +
      'electrs. The Tor proxy is set to 127.0.0.1:9050. It works over the local network.',
    topics: ['sparrow', 'tor', 'electrs'],
    budget: 8_000,
    offers: [
      {
        key: 'hal',
        by: halNodeworth,
        pricing: { kind: 'fixed', sats: 8_000 },
        coverLetter:
          'Sparrow bundles its own Tor on 9050 only when the system Tor is absent; the port and ' +
          'the SSL setting are the usual culprits. Fixed price, whatever it takes.',
      },
    ],
    outcome: { accepted: 'hal' },
  },
  {
    key: 'trezor-passphrase',
    by: dorothyCold,
    daysAgo: 4,
    title: 'Trezor passphrase: did I create a hidden wallet by mistake?',
    description:
      'I turned on "passphrase" on my Trezor Safe 3 and now my wallet shows zero. When I leave ' +
      'the passphrase empty I see my coins. Is there a second wallet somewhere?',
    topics: ['trezor', 'passphrase', 'hardware-wallet'],
    budget: 5_000,
    troubleshooter: adaMultisig,
    offers: [],
  },
  {
    key: 'multisig-inheritance',
    by: dorothyCold,
    daysAgo: 5,
    title: 'Inheritance plan for our 2-of-3 multisig',
    description:
      'My husband and I hold a 2-of-3 multisig (two Coldcards and a Jade). How do we leave ' +
      'clear instructions so our children can recover it without us, and without a custodian?',
    topics: ['multisig', 'inheritance', 'collaborative-custody', 'backup'],
    budget: 100_000,
    offers: [
      {
        key: 'ada',
        by: adaMultisig,
        pricing: { kind: 'fixed', sats: 90_000 },
        coverLetter:
          'Two sessions: we write the wallet descriptor and a recovery letter together, then your ' +
          'children rehearse a recovery on testnet. I never see any key.',
      },
    ],
  },
]

/** The troubleshooters' cards (kind 32765). */
export const demoCards = [
  {
    by: adaMultisig,
    title: 'Hardware wallets and multisig',
    topics: ['hardware-wallet', 'multisig', 'coldcard', 'trezor', 'inheritance'],
    pricing: { kind: 'per-minute', satsPerMinute: 100 } as PricingInput,
    available: true,
  },
  {
    by: halNodeworth,
    title: 'Nodes, electrs and Tor',
    topics: ['full-node', 'umbrel', 'start9', 'electrs', 'tor'],
    pricing: { kind: 'per-minute', satsPerMinute: 50 } as PricingInput,
    available: true,
  },
  {
    by: lenaLightning,
    title: 'Lightning channels and fee bumping',
    topics: ['lightning', 'channels', 'force-close', 'rbf', 'cpfp'],
    pricing: { kind: 'per-minute', satsPerMinute: 80 } as PricingInput,
    available: false,
  },
]

/** A line of the demo bill's thread, by one of the deal's two parties. */
export type DemoChatLine = { by: 'troubleshooter' | 'bitcoiner'; text: string }

/**
 * The demo bill (npm start): in the thread of this ticket of the demo Bitcoiner, the troubleshooter
 * whose offer was accepted chats, then sends a payment request with an invoice the demo wallet can
 * pay. `minutes` is what a time-based offer bills (ignored for a fixed price).
 */
export const demoBill: { ticket: string; minutes: number; chat: DemoChatLine[] } = {
  ticket: 'sparrow-tor',
  minutes: 40,
  chat: [
    {
      by: 'troubleshooter',
      text:
        'Found it: your Tor runs inside Tor Browser, which listens on 9150, not 9050. With the ' +
        'proxy set to 127.0.0.1:9150 and SSL off for the .onion address, Sparrow connects.',
    },
    { by: 'bitcoiner', text: 'It shows the green tick now and my wallet synced. Thank you!' },
    { by: 'troubleshooter', text: 'Glad it works. Here is my invoice for the session, as agreed.' },
  ],
}
