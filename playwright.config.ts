import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/support/chromium'

/** The built app (dist/, from `npm run build`) is served here by `vite preview`. */
const appPort = Number(process.env.E2E_APP_PORT ?? 4178)
const baseURL = `http://localhost:${appPort}`
/** Which build to serve: `dist/` unless E2E_DIST names another (handy while others rebuild dist/). */
const distDir = process.env.E2E_DIST ?? 'dist'

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  reporter: 'list',
  // Two cores here: two workers, each test with its own relay and browser context.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --outDir ${distDir} --port ${appPort} --strictPort --host localhost`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
