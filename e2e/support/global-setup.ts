import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumLaunchOptions } from '../../scripts/support/chromium'

/** Fails early, in plain words, when the suite cannot run here. */
export default function globalSetup() {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const index = resolve(root, process.env.E2E_DIST ?? 'dist', 'index.html')
  if (!existsSync(index)) {
    throw new Error(
      `The e2e suite runs the built app: run npm run build first (${index} is missing).`,
    )
  }
  const chromium = chromiumLaunchOptions.executablePath
  if (chromium && !existsSync(chromium)) {
    throw new Error(
      `No Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
  }
}
