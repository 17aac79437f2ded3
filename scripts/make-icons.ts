/**
 * Draws the app's logo (an orange tile with a white wrench whose handle carries a lightning
 * bolt) and writes public/favicon.svg plus the PNG icons the web app manifest names, rendered by
 * Debian's Chromium. Run by hand after changing the logo: `npx tsx scripts/make-icons.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './support/chromium'

const ORANGE = '#f7931a'

/** The white mark on a 100×100 grid, centred on (50, 50). */
const MARK = `
  <defs>
    <mask id="cut" maskUnits="userSpaceOnUse" x="0" y="0" width="100" height="100">
      <rect width="100" height="100" fill="#fff"/>
      <rect x="58" y="2" width="12" height="30" rx="2.5" fill="#000" transform="rotate(45 64 36)"/>
      <path d="M33.5 60 L26 70.5 L31 70.5 L27.5 79 L36 67.5 L31 67.5 Z" fill="#000"/>
    </mask>
  </defs>
  <g mask="url(#cut)" fill="#fff">
    <circle cx="64" cy="36" r="21"/>
    <path d="M62 38 L30 70" stroke="#fff" stroke-width="17" stroke-linecap="round"/>
  </g>`

/**
 * The logo as SVG. `rounded` draws the tile with rounded corners (favicon, "any" icons);
 * otherwise the tile fills the square and the mark shrinks by `scale` (maskable icons keep
 * everything inside the central 80 % safe zone).
 */
export function logoSvg({ rounded, scale }: { rounded: boolean; scale: number }): string {
  const tile = rounded
    ? `<rect width="100" height="100" rx="22" fill="${ORANGE}"/>`
    : `<rect width="100" height="100" fill="${ORANGE}"/>`
  const offset = 50 - 50 * scale
  // The mark's own bounding box sits slightly up and right of centre: nudge it back.
  const transform = `translate(${offset - 3 * scale} ${offset + 3 * scale}) scale(${scale})`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${tile}<g transform="${transform}">${MARK}</g></svg>\n`
}

const pngs = [
  { file: 'icons/icon-192.png', size: 192, rounded: true, scale: 0.86 },
  { file: 'icons/icon-512.png', size: 512, rounded: true, scale: 0.86 },
  { file: 'icons/icon-maskable-512.png', size: 512, rounded: false, scale: 0.7 },
  { file: 'icons/apple-touch-icon.png', size: 180, rounded: false, scale: 0.78 },
]

async function main() {
  const publicDir = new URL('../public/', import.meta.url)
  await mkdir(new URL('icons/', publicDir), { recursive: true })
  await writeFile(new URL('favicon.svg', publicDir), logoSvg({ rounded: true, scale: 0.86 }))
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    for (const { file, size, rounded, scale } of pngs) {
      const page = await browser.newPage({ viewport: { width: size, height: size } })
      const svg = logoSvg({ rounded, scale }).replace(
        '<svg ',
        `<svg width="${size}" height="${size}" `,
      )
      await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`)
      await page.screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true })
      await page.close()
      console.log(`wrote public/${file} (${size}×${size})`)
    }
  } finally {
    await browser.close()
  }
}

await main()
