/**
 * Bench section for the feed's verify path, measured in Chromium: a page built by Vite from the
 * app's own modules (verify-path/page.ts) runs toWellFormedEvent → verifyBatch (its worker is the
 * app's verify-worker.ts, built the same way) → readTicket on N signed tickets, and the worker's
 * checker (nostr-wasm verifyEvent) directly on the same events, in alternating rounds.
 */
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { build, preview } from 'vite'
import type { VerifyPathRun } from './verify-path/page.ts'

/** Events per verifyBatch call: a burst of relay messages gathered by subscribe.ts in one task. */
const BURST = 100
const ROUNDS = 3

export type VerifyPathFigures = {
  /** Events per second through the feed's path: well-formed check, verifyBatch, readTicket. */
  verifyAndReadPerSecond: number
  /** Events per second through the worker's checker alone, on the same events. */
  rawVerifyPerSecond: number
  /** verifyAndReadPerSecond / rawVerifyPerSecond. */
  verifyPathShare: number
  verifyPathWhere: string
}

type BenchWindow = {
  verifyPathBench: (events: NostrEvent[], burst: number, rounds: number) => Promise<VerifyPathRun[]>
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000)

export async function verifyPathFigures(
  browser: Browser,
  root: string,
  distDir: string,
  events: NostrEvent[],
): Promise<VerifyPathFigures> {
  const pageRoot = join(root, 'scripts/bench/verify-path')
  const outDir = join(root, '.bench/verify-path')
  // built as the app is, so its worker file is the app's (module worker, see vite.config.ts)
  const common = {
    root: pageRoot,
    configFile: false,
    logLevel: 'silent',
    worker: { format: 'es' },
  } as const
  await build({ ...common, build: { outDir, emptyOutDir: true, target: 'es2022' } })
  const worker = (await readdir(join(outDir, 'assets'))).find((file) => file.startsWith('verify-'))
  const sameWorker = worker !== undefined && existsSync(join(distDir, 'assets', worker))
  const server = await preview({
    ...common,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  })
  const page = await browser.newPage()
  try {
    await page.goto(server.resolvedUrls?.local[0] ?? '')
    const runs = await page.evaluate(
      ([all, burst, rounds]) =>
        (window as unknown as BenchWindow).verifyPathBench(all, burst, rounds),
      [events, BURST, ROUNDS] as const,
    )
    if (runs.some((run) => run.read !== events.length || run.verified !== events.length)) {
      throw new Error(`verify path bench: not every ticket was verified and read`)
    }
    // the fastest round of each: the machine's other work only ever slows a round down
    const path = perSecond(events.length, Math.min(...runs.map((run) => run.pathMs)))
    const raw = perSecond(events.length, Math.min(...runs.map((run) => run.rawMs)))
    return {
      verifyAndReadPerSecond: path,
      rawVerifyPerSecond: raw,
      verifyPathShare: Math.round((path / raw) * 100) / 100,
      verifyPathWhere: `chromium, ${events.length} tickets in bursts of ${BURST}, worker up, best of ${ROUNDS}; worker file ${sameWorker ? 'identical to' : 'NOT the same as'} the app build's`,
    }
  } finally {
    await page.close()
    await new Promise<void>((done) => server.httpServer.close(() => done()))
  }
}
