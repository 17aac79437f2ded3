import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromiumLaunchOptions } from '../../scripts/support/chromium'

/** Fails early, in plain words, when the suite cannot run here. */
export default function globalSetup() {
  const index = fileURLToPath(new URL('../../dist/index.html', import.meta.url))
  if (!existsSync(index)) {
    throw new Error(
      'The e2e suite runs the built app: run `npm run build` first (dist/ is missing).',
    )
  }
  const chromium = chromiumLaunchOptions.executablePath
  if (chromium && !existsSync(chromium)) {
    throw new Error(
      `No Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
  }
}
