/**
 * Bench section for Lighthouse 12 (node API, its default mobile emulation and simulated
 * throttling) on the feed of the built app, with the bench relay holding 1,000 tickets. Scores
 * vary from run to run on a shared machine, so it runs several times (BENCH_LIGHTHOUSE_RUNS, 5 by
 * default) and reports the run with the median performance score, as Lighthouse's own
 * documentation on variability advises, with every run's score beside it. Chromium
 * is started by Playwright with a debugging port for Lighthouse; the relay list is put in local
 * storage first, from a page that loads none of the app, and Lighthouse keeps it (no storage
 * reset), so its load is still cold: nothing of the app is cached, no service worker.
 * BENCH_LHR=file.json keeps the whole report (long tasks, bootup time per script…).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import type { NostrEvent } from 'nostr-tools'
import { chromiumLaunchOptions } from '../support/chromium.ts'
import { relayWith } from './bench-relay.ts'
import { seedRelayList } from './feed-paint.ts'

const TICKETS = 1_000
const CATEGORIES = ['performance', 'accessibility', 'best-practices']

type BootupItem = { url: string; scripting: number }

/** Scores out of 100 per category, as Lighthouse shows them. */
const score = (value: number | null | undefined) => Math.round((value ?? NaN) * 100)

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)

export async function lighthouseFigures(appUrl: string, tickets: readonly NostrEvent[]) {
  const relay = await relayWith(tickets.slice(0, TICKETS))
  try {
    const runs = []
    for (let run = 0; run < RUNS; run++) runs.push(await lighthouseRun(appUrl, relay.url))
    const byScore = [...runs].sort((a, b) => a.lighthousePerformance - b.lighthousePerformance)
    const median = byScore[Math.floor(byScore.length / 2)]
    return { ...median, lighthousePerformanceRuns: runs.map((run) => run.lighthousePerformance) }
  } finally {
    await relay.stop()
  }
}

/** One cold Lighthouse run (a fresh browser profile) on the feed, with `relayUrl` as its relay. */
async function lighthouseRun(appUrl: string, relayUrl: string) {
  const profile = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'))
  const args = [...(chromiumLaunchOptions.args ?? []), '--remote-debugging-port=0']
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    args,
  })
  try {
    const page = await context.newPage()
    await page.goto(new URL('/favicon.svg', appUrl).href)
    await page.evaluate(seedRelayList, relayUrl)
    await page.close()
    const port = Number(
      (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0],
    )
    const result = await lighthouse(appUrl, {
      port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableStorageReset: true,
    })
    if (!result) throw new Error('Lighthouse returned no result')
    if (process.env.BENCH_LHR) await writeFile(process.env.BENCH_LHR, JSON.stringify(result.lhr))
    const { categories, audits } = result.lhr
    const bootupDetails = audits['bootup-time']?.details
    const bootup = (bootupDetails?.type === 'table' ? bootupDetails.items : []) as BootupItem[]
    return {
      lighthousePerformance: score(categories.performance?.score),
      lighthouseAccessibility: score(categories.accessibility?.score),
      lighthouseBestPractices: score(categories['best-practices']?.score),
      lighthouseTotalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      lighthouseLcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      /** Main-thread script time per file (Lighthouse's bootup-time, throttled), biggest first. */
      lighthouseScriptingMs: Object.fromEntries(
        bootup
          .sort((a, b) => b.scripting - a.scripting)
          .slice(0, 3)
          .map((item) => [basename(item.url) || item.url, Math.round(item.scripting)]),
      ),
      /** Accessibility and best-practice audits that did not pass. */
      lighthouseFailedAudits: [categories.accessibility, categories['best-practices']]
        .flatMap((category) => category?.auditRefs ?? [])
        .filter(({ id, weight }) => weight > 0 && (audits[id]?.score ?? 1) < 1)
        .map(({ id }) => id),
    }
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}
