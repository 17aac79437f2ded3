import type { Browser } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { relayWith } from './bench-relay.ts'
import { visitFeed } from './feed-paint.ts'
import { gzipBytesOf } from './initial-js.ts'

const SIZES = [100, 1_000, 10_000] as const
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * The feed's figures: for 100, 1,000 and 10,000 tickets on a fresh relay, the median time from
 * navigation to the first ticket painted over cold visits; the JavaScript requested before that
 * paint with 100 tickets; and the ticket rows in the DOM with all 10,000 loaded.
 */
export async function feedFigures(
  browser: Browser,
  appUrl: string,
  distDir: string,
  tickets: readonly NostrEvent[],
) {
  const relays = await Promise.all(SIZES.map((size) => relayWith(tickets.slice(0, size))))
  const runsMs: Record<string, number[]> = Object.fromEntries(SIZES.map((size) => [size, []]))
  let scripts: string[] = []
  let domTicketRowsAt10k: number | undefined
  try {
    // warm-up: Chromium and the server, not the page (every visit has a cold context)
    await visitFeed(browser, appUrl, relays[0]?.url ?? '')
    // sizes interleaved, so a busy moment on the machine does not land on one size only
    for (let run = 0; run < RUNS; run++) {
      for (const [index, size] of SIZES.entries()) {
        const visit = await visitFeed(browser, appUrl, relays[index]?.url ?? '')
        runsMs[size]?.push(visit.firstTicketMs)
        if (size === 100 && run === 0) scripts = visit.scriptsBeforePaint
      }
    }
    const big = relays[SIZES.length - 1]?.url ?? ''
    domTicketRowsAt10k = (await visitFeed(browser, appUrl, big, 10_000)).domRows
  } finally {
    await Promise.all(relays.map((relay) => relay.stop()))
  }
  const firstTicketPaintedMs = Object.fromEntries(
    SIZES.map((size) => [size, median(runsMs[size] ?? [])]),
  )
  const initial = await gzipBytesOf(distDir, scripts)
  return {
    firstTicketPaintedMs,
    firstTicketPaintedRunsMs: runsMs,
    firstTicketRatio10kTo100:
      Math.round(
        ((firstTicketPaintedMs[10_000] ?? NaN) / (firstTicketPaintedMs[100] ?? NaN)) * 100,
      ) / 100,
    domTicketRowsAt10k,
    feedInitialJsGzipKB: Math.round((initial.gzipBytes / 1024) * 10) / 10,
    feedInitialJsFiles: initial.files,
  }
}
