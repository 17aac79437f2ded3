import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
      // as in vite.config.ts: tseep's default build loses listeners when one that was never
      // added is removed (NDK does so when a subscription stops); the safe build does not
      tseep: 'tseep/lib/ee-safe.js',
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // NDK is bundled for the tests so that its import of tseep takes the alias above
    server: { deps: { inline: ['@nostr-dev-kit/ndk'] } },
  },
})
