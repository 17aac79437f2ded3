import type { LocalRelay } from '../../scripts/relay'
import { expect } from '@playwright/test'

/**
 * How long a page may take to find a relay again after it came back. It bounds the app's
 * reconnect back-off (NDK retries with growing pauses), not a speed the tests measure.
 */
export const RECONNECT_TIMEOUT = 30_000

/** Waits until `pages` connections (one per open app page) reached the restarted relay. */
export const untilPagesReconnect = (relay: LocalRelay, pages: number) =>
  expect
    .poll(() => relay.connections, {
      message: `the ${pages} open pages connect to the relay again`,
      timeout: RECONNECT_TIMEOUT,
    })
    .toBeGreaterThanOrEqual(pages)
