import type { LaunchOptions } from '@playwright/test'

/**
 * How every Node tool here starts Debian's Chromium: this machine has no network, and Playwright
 * must never download a browser of its own.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
