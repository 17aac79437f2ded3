import { writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import encodeQR from 'qr'
import { chromiumLaunchOptions } from '../scripts/support/chromium'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { extensionBitcoiner } from './support/identities'
import { openAs, signInWithExtension } from './support/people'
import { everythingKept, secretOf } from './support/wallet'
import { expect, test } from './support/fixtures'

/**
 * Chromium's fake camera plays this file. It is opened when a capture starts, so each test writes
 * the QR code it wants the camera to see before pressing Scan.
 */
const cameraFile = join(tmpdir(), `bt-wallet-scan-${process.pid}.y4m`)
const WIDTH = 640
const HEIGHT = 480

/** A YUV4MPEG2 (4:2:0) video of `text` as a QR code, black on white, centred. */
const qrVideo = (text: string | undefined): Buffer => {
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(235)
  if (text !== undefined) {
    const grid = encodeQR(text, 'raw', { border: 4 })
    const scale = Math.floor((HEIGHT * 0.9) / grid.length)
    const left = Math.floor((WIDTH - grid.length * scale) / 2)
    const top = Math.floor((HEIGHT - grid.length * scale) / 2)
    grid.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (!dark) return
        for (let y = top + r * scale; y < top + (r + 1) * scale; y++) {
          luma.fill(16, y * WIDTH + left + c * scale, y * WIDTH + left + (c + 1) * scale)
        }
      }),
    )
  }
  const chroma = new Uint8Array((WIDTH / 2) * (HEIGHT / 2) * 2).fill(128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420\n`)
  return Buffer.concat([header, frame, frame])
}

const showToCamera = (text: string | undefined) => writeFileSync(cameraFile, qrVideo(text))

// Chromium checks the file when it starts: a blank picture until a test shows a code.
showToCamera(undefined)
test.afterAll(() => rmSync(cameraFile, { force: true }))

test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraFile}`,
    ],
  },
  permissions: ['camera'],
})

// Every camera stream the page opens is noted, so a test can see that closing the scanner stops it.
test.beforeEach(({ context }) =>
  context.addInitScript(() => {
    const devices = navigator.mediaDevices
    const open = devices.getUserMedia.bind(devices)
    const opened: MediaStream[] = []
    Object.assign(window, { openedCameras: opened })
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints)
      opened.push(stream)
      return stream
    }
  }),
)

/** How many camera tracks the page opened are still running. */
const camerasLive = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { openedCameras: MediaStream[] }).openedCameras
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  )

test('I connect my wallet by scanning its QR code; the string is kept nowhere readable', async ({
  page,
  nip07,
  wallet,
}) => {
  const logged: string[] = []
  page.on('console', (message) => logged.push(message.text()))
  await signInWithExtension(page, nip07.name)
  await page.goto('/wallet')
  showToCamera(wallet.uri)
  await page.getByRole('button', { name: 'Scan QR code' }).click()

  await expect(page.getByRole('heading', { name: 'Demo wallet' })).toBeVisible()
  await expect(page.getByText('50,000 sats')).toBeVisible()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect.poll(() => camerasLive(page)).toBe(0)
  const secret = secretOf(wallet.uri)
  expect(await page.content()).not.toContain(secret)
  expect(await everythingKept(page)).not.toContain(secret)
  expect(logged.join('\n')).not.toContain(secret)
})

test('a QR code that is not a wallet connection is refused and scanning goes on; Escape closes the camera', async ({
  page,
  nip07,
  wallet,
}) => {
  await signInWithExtension(page, nip07.name)
  await page.goto('/wallet')
  showToCamera('https://example.com/not-a-wallet')
  const scan = page.getByRole('button', { name: 'Scan QR code' })
  await scan.click()
  const scanner = page.getByRole('dialog', { name: 'Scan your wallet’s QR code' })
  await expect(scanner.getByText('This QR code is not a wallet connection string')).toBeVisible()
  await expect(scanner.getByText('Looking for a QR code…')).toBeVisible()

  expect(await camerasLive(page)).toBe(1)
  await page.keyboard.press('Escape')
  await expect(scanner).toBeHidden()
  await expect(scan).toBeFocused()
  await expect.poll(() => page.evaluate(() => document.querySelector('video') === null)).toBe(true)

  showToCamera(wallet.uri)
  await scan.click()
  await expect(page.getByText('50,000 sats')).toBeVisible()
})

test('camera access refused: the scanner says so plainly, and pasting the string still connects', async ({
  baseURL,
  relay,
  seed,
  wallet,
}) => {
  // a browser with a camera that asks before using it, where the person says no (headless
  // Chromium refuses every prompt)
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []), '--use-fake-device-for-media-stream'],
  })
  try {
    const { context, page } = await openAs(
      browser,
      { relayUrl: relay.url, baseURL: baseURL!, seed },
      extensionBitcoiner,
    )
    await context.clearPermissions() // the suite's camera grant reaches this context too
    await page.goto('/wallet')
    const scan = page.getByRole('button', { name: 'Scan QR code' })
    await scan.click()
    const scanner = page.getByRole('dialog', { name: 'Scan your wallet’s QR code' })
    await expect(scanner.getByText('Camera access was refused')).toBeVisible()
    await scanner.getByRole('button', { name: 'Cancel' }).click()
    await expect(scanner).toBeHidden()
    await expect(scan).toBeFocused()

    await page.getByLabel('Wallet connection string').fill(wallet.uri)
    await page.getByRole('button', { name: 'Connect wallet' }).click()
    await expect(page.getByText('50,000 sats')).toBeVisible()
  } finally {
    await browser.close()
  }
})
