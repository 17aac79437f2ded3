/**
 * Bench section for reputation (issue 9), pure code in Node, events in memory with their
 * signatures checked before the clock starts:
 * - one troubleshooter's reputation from 10,000 reviews (and, to show growth, 1,000), their deals'
 *   tickets and offers and 1,000 (100) proven zaps: read the events, index the deals, collect the
 *   reviews, verify each against its deal, build every figure (`personReputation`);
 * - checking the 1,000 zap receipts (`checkEarnings`: each receipt's and zap request's signature,
 *   the invoice decoded and matched), reported apart since it includes signature checks; cold
 *   (new receipt objects) and again with the same objects (memoized per receipt and deal);
 * - the web of trust of a viewer following 500 people who each follow 500 (from 20,000 keys),
 *   with their mute lists and 1,000 reports.
 * Each time is the median of 5 runs after one warm-up run.
 */
import { fileURLToPath } from 'node:url'
import type { NostrEvent } from 'nostr-tools'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { checkEarnings } from '../../src/lightning/earnings.ts'
import { indexDeals } from '../../src/nostr/reputation-deals.ts'
import { personReputation } from '../../src/nostr/reputation-person.ts'
import { collectReviews } from '../../src/nostr/reputation-reviews.ts'
import { readDealSources } from '../../src/nostr/reputation-sources.ts'
import { hasValidSignature } from '../../src/nostr/signature.ts'
import { buildWebOfTrust } from '../../src/nostr/web-of-trust.ts'
import type { Tagged } from './reputation-events.ts'
import { DEALS, benchKey, reputationEvents } from './reputation-events.ts'

export type ReputationFigures = {
  reputation1kReviewsMs: number
  reputation10kReviewsMs: number
  earningsCheck1kReceiptsMs: number
  earningsRecheck1kReceiptsMs: number
  webOfTrust500x500Ms: number
  reputationBenchWhere: string
}

const NOW = 1_800_000_000
const RUNS = 5

const median = (run: () => void): number => {
  run()
  const times: number[] = []
  for (let n = 0; n < RUNS; n++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(RUNS / 2)] ?? NaN) * 10) / 10
}

const upTo = (list: Tagged[], deals: number) =>
  list.filter((t) => t.deal < deals).map((t) => t.event)

const verified = (events: NostrEvent[]) => {
  for (const event of events)
    if (!hasValidSignature(event)) throw new Error(`a bench event does not verify: ${event.id}`)
  return events
}

/** A viewer following 500 people, each following 500 of 20,000 keys; their mutes and reports. */
const webOfTrustEvents = () => {
  const pool = Array.from({ length: 20_000 }, (_, n) => n.toString(16).padStart(64, '0'))
  const followKeys = Array.from({ length: 500 }, (_, n) => benchKey(`follow ${n}`))
  const follows = followKeys.map((key) => getPublicKey(key))
  const viewerKey = benchKey('viewer')
  const list = (key: Uint8Array, kind: number, pubkeys: string[], extra: string[][] = []) =>
    finalizeEvent(
      {
        kind,
        created_at: NOW - 60,
        content: '',
        tags: [...extra, ...pubkeys.map((p) => ['p', p])],
      },
      key,
    )
  const pick = (seed: number, count: number) =>
    Array.from(
      { length: count },
      (_, n) => pool[(seed * 7919 + n * 104_729) % pool.length] as string,
    )
  return {
    viewer: getPublicKey(viewerKey),
    lists: [
      list(viewerKey, 3, follows.slice(0, 450)),
      list(viewerKey, 30000, follows.slice(400), [['d', 'freelance']]),
      ...followKeys.map((key, n) => list(key, 3, pick(n, 500))),
    ],
    mutes: followKeys.map((key, n) => list(key, 10000, pick(n + 1000, 20))),
    reports: followKeys.flatMap((key, n) => [0, 1].map((r) => list(key, 1984, pick(n * 2 + r, 1)))),
  }
}

export async function reputationFigures(root: string): Promise<ReputationFigures> {
  const all = await reputationEvents(root)
  const servers = { [all.troubleshooter]: all.server }
  const setFor = (deals: number) => {
    const dealEvents = verified([...upTo(all.tickets, deals), ...upTo(all.offers, deals)])
    const reviews = verified(upTo(all.reviews, deals))
    const receipts = upTo(all.receipts, deals / 9)
    const index = indexDeals(readDealSources(dealEvents))
    const earnings = checkEarnings({
      receipts,
      lnurlServers: servers,
      deals: index,
      network: 'bcrt',
    })
    if (earnings.counted.length !== receipts.length) throw new Error('a bench receipt was refused')
    return { dealEvents, reviews, receipts, index, earnings }
  }
  const reputationMs = (deals: number, expectReviews: number) => {
    const set = setFor(deals)
    if (set.reviews.length !== expectReviews) throw new Error(`expected ${expectReviews} reviews`)
    return median(() => {
      const rep = personReputation(
        all.troubleshooter,
        {
          reviews: collectReviews(set.reviews, NOW),
          deals: indexDeals(readDealSources(set.dealEvents)),
          payments: set.earnings.counted,
        },
        NOW,
      )
      if (rep.asTroubleshooter.verifiedReviews.value !== deals)
        throw new Error('bench reputation is off')
    })
  }
  const reputation1kReviewsMs = reputationMs(DEALS / 10, 1_000)
  const reputation10kReviewsMs = reputationMs(DEALS, 10_000)
  const big = setFor(DEALS)
  // cold: fresh receipt objects each run, so nothing judged before is reused
  const copies = Array.from({ length: RUNS + 1 }, () => structuredClone(big.receipts))
  const earningsCheck1kReceiptsMs = median(() =>
    checkEarnings({
      receipts: copies.pop() ?? [],
      lnurlServers: servers,
      deals: big.index,
      network: 'bcrt',
    }),
  )
  // warm: the same receipt objects again, as when one more event arrives
  const earningsRecheck1kReceiptsMs = median(() =>
    checkEarnings({
      receipts: big.receipts,
      lnurlServers: servers,
      deals: big.index,
      network: 'bcrt',
    }),
  )
  const wotInput = webOfTrustEvents()
  verified([...wotInput.lists, ...wotInput.mutes, ...wotInput.reports])
  const webOfTrust500x500Ms = median(() => {
    const wot = buildWebOfTrust(wotInput, NOW)
    if (wot.follows.size !== 500) throw new Error('bench web of trust is off')
  })
  return {
    reputation1kReviewsMs,
    reputation10kReviewsMs,
    earningsCheck1kReceiptsMs,
    earningsRecheck1kReceiptsMs,
    webOfTrust500x500Ms,
    reputationBenchWhere:
      'node, events in memory with signatures checked before; reputation = read tickets, offers and reviews, index deals, verify reviews, every figure (proven zaps given); earnings check = checkZapReceipt per receipt, signatures included (recheck: memoized); median of 5',
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  console.log(JSON.stringify(await reputationFigures(root), null, 2))
}
