import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import { getPublicKey } from 'nostr-tools'
import type { TestIdentity } from './identities'
import {
  bidAddress,
  ndkTitledD,
  satshootBid,
  satshootJob,
  satshootService,
} from './satshoot-format'

/** Someone who uses SatShoot: a fixed key from a label, and a kind 0 profile. */
const satshooter = (label: string, name: string): TestIdentity => {
  const secretKey = sha256(utf8ToBytes(`bitcoin-troubleshoot e2e satshoot: ${label}`))
  return { secretKey, pubkey: getPublicKey(secretKey), profile: { name, about: 'On SatShoot.' } }
}

/** The SatShoot client who posts the jobs, and three freelancers. */
export const satshooters = {
  client: satshooter('client', 'Sam Client'),
  frank: satshooter('frank', 'Frank Freelancer'),
  grace: satshooter('grace', 'Grace Oldtimer'),
  heidi: satshooter('heidi', 'Heidi Nodes'),
}

/** 2025-06-13 and later: before SatShoot's switch to per-hour prices (2025-07-24T00:00Z). */
export const JUNE_2025 = 1749800000

/**
 * A small SatShoot marketplace, every event in SatShoot's own format: a New job from June 2025
 * with two legacy per-minute bids (one without published_at) and a modern per-hour bid; an
 * In-progress job accepted the SatShoot way, with a won and a lost fixed-price bid; a job that
 * is not about self-custody; and a Service.
 */
export const satshootMarket = (now: number) => {
  const { client, frank, grace, heidi } = satshooters
  const umbrelTitle = 'Umbrel LND node will not open channels after the update'
  const umbrel = satshootJob({
    secretKey: client.secretKey,
    title: umbrelTitle,
    description: 'Since **Umbrel 1.2** LND says "peer is not online" for every channel I try.',
    topics: ['umbrel', 'lnd', 'node'],
    d: ndkTitledD(umbrelTitle, 'q7m2xk'),
    publishedAt: JUNE_2025,
  })
  const legacy = satshootBid({
    secretKey: grace.secretKey,
    d: 'h3k9x0q7m1c4v8b2',
    job: umbrel,
    pricing: 1,
    amount: 25,
    pitch: 'I have opened channels on **dozens** of Umbrels.',
    publishedAt: JUNE_2025 + 200_000,
    createdAt: JUNE_2025 + 200_000,
    pledge: 5,
    zapStyle: 'percent',
  })
  // older still: no published_at at all, so created_at decides
  const legacyUntagged = satshootBid({
    secretKey: heidi.secretKey,
    d: 'p0w8e2r4t6y1u3i5',
    job: umbrel,
    pricing: 1,
    amount: 40,
    pitch: 'Node rescues are all I do.',
    createdAt: JUNE_2025 + 1_200_000,
    pledge: 10,
    zapStyle: 'percent',
  })
  const modern = satshootBid({
    secretKey: frank.secretKey,
    d: 'z9x8c7v6b5n4m3l2',
    job: umbrel,
    pricing: 1,
    amount: 6000,
    pitch: 'Happy to look at it over a call.',
    publishedAt: now - 7200,
    createdAt: now - 1800,
    pledge: 5,
    zapStyle: 'parts-per-10000',
    pricingHistory: [{ from: { pricing: 0, amount: 30_000 }, at: now - 1800 }],
  })

  // An In-progress job accepted the SatShoot way: a unix time in the a tag's third slot.
  const seedTitle = 'Restore my hardware wallet from a seed phrase backup'
  const seedJobNew = satshootJob({
    secretKey: client.secretKey,
    title: seedTitle,
    description: 'I have the 24 words on steel, but the wallet shows nothing.',
    topics: ['hardware_wallet', 'seed_phrase'],
    d: ndkTitledD(seedTitle, 'a1b2c3'),
    publishedAt: now - 86_400,
  })
  const won = satshootBid({
    secretKey: frank.secretKey,
    d: 'w0n0b1d2f3g4h5j6',
    job: seedJobNew,
    pricing: 0,
    amount: 50_000,
    pitch: 'Probably a derivation path question.',
    publishedAt: now - 80_000,
    createdAt: now - 80_000,
    pledge: 5,
    zapStyle: 'parts-per-10000',
  })
  const lost = satshootBid({
    secretKey: grace.secretKey,
    d: 'l0s7b1d2f3g4h5j6',
    job: seedJobNew,
    pricing: 0,
    amount: 80_000,
    pitch: 'I can come by.',
    publishedAt: now - 79_000,
    createdAt: now - 79_000,
    pledge: 5,
    zapStyle: 'parts-per-10000',
  })
  const acceptedAt = now - 3600
  const seedJob = satshootJob({
    secretKey: client.secretKey,
    title: seedTitle,
    description: 'I have the 24 words on steel, but the wallet shows nothing.',
    topics: ['hardware_wallet', 'seed_phrase'],
    d: ndkTitledD(seedTitle, 'a1b2c3'),
    publishedAt: now - 86_400,
    createdAt: acceptedAt,
    accepted: { bidAddress: bidAddress(won), at: acceptedAt },
  })

  // A freelance job that is not about self-custody, and a Service (troubleshooter card).
  const bakery = satshootJob({
    secretKey: client.secretKey,
    title: 'Landing page for my bakery',
    description: 'Svelte preferred.',
    topics: ['web_design', 'svelte'],
    d: ndkTitledD('Landing page for my bakery', 'b4k3ry'),
    publishedAt: now - 600,
  })
  const service = satshootService({
    secretKey: heidi.secretKey,
    title: 'Lightning node rescue',
    description: 'Stuck channels, **force closes**, lost backups.',
    topics: ['lnd', 'clightning', 'umbrel'],
    pricing: 1,
    amount: 3000,
    active: true,
    dSuffix: 'r8t2yq',
    images: ['https://example.com/node.png'],
    pledge: 5,
    createdAt: now - 3000,
  })
  return {
    umbrel,
    legacy,
    legacyUntagged,
    modern,
    seedJob,
    won,
    lost,
    acceptedAt,
    bakery,
    service,
  }
}
