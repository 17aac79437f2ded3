import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import type { NostrEvent } from 'nostr-tools'
import { unwrapEvent } from 'nostr-tools/nip59'
import type { TestIdentity } from './identities'
import type { Seeder } from './seed'

/** The "Work and billing" panel of a thread page. */
export const billingPanel = (page: Page): Locator =>
  page.getByRole('region', { name: 'Work and billing' })

/** The rumors among `wraps` that `person` can open (their NIP-17 messages). */
export const openedFor = (wraps: NostrEvent[], person: TestIdentity) =>
  wraps.flatMap((wrap) => {
    try {
      return [unwrapEvent(wrap, person.secretKey)]
    } catch {
      return []
    }
  })

/**
 * The troubleshooter starts and stops work `sessions` times in their panel; each start and stop
 * reaches the Bitcoiner's thread (`watcher`) live, as a work-log line and in their panel's timer.
 */
export const logWorkSessions = async (panel: Locator, watcher: Page, sessions: number) => {
  const lines = (text: string) => watcher.getByRole('listitem').filter({ hasText: text })
  const watching = billingPanel(watcher)
  const before = await lines('Work started').count()
  for (let session = 1; session <= sessions; session++) {
    await panel.getByRole('button', { name: 'Start work' }).click()
    await expect(panel.getByRole('timer', { name: 'This session' })).toBeVisible()
    await expect(lines('Work started')).toHaveCount(before + session)
    await expect(watching.getByRole('timer', { name: 'This session' })).toBeVisible()
    await panel.getByRole('button', { name: 'Stop work' }).click()
    await expect(lines('Work stopped')).toHaveCount(before + session)
    await expect(watching.getByRole('timer')).toHaveCount(0)
  }
}

/**
 * The minutes the work log holds, from the entries `bitcoiner` received on the relay: the seconds
 * of the sessions added up, a started minute billed (rounded up once), as PROTOCOL.md says.
 */
export const loggedMinutes = async (seed: Seeder, bitcoiner: TestIdentity): Promise<number> => {
  const wraps = await seed.query([{ kinds: [1059], '#p': [bitcoiner.pubkey] }])
  const entries = openedFor(wraps, bitcoiner)
    .flatMap((rumor) => rumor.tags.filter((tag) => tag[0] === 'worklog'))
    .map((tag) => ({ action: tag[1], at: Number(tag[2]) }))
    .sort((a, b) => a.at - b.at || (a.action === 'stop' ? -1 : 1))
  let seconds = 0
  for (let i = 0; i < entries.length; i += 2) {
    const [start, stop] = [entries[i], entries[i + 1]]
    if (start?.action !== 'start' || stop?.action !== 'stop')
      throw new Error('the work log is not start/stop pairs')
    seconds += stop.at - start.at
  }
  return Math.ceil(seconds / 60)
}
