import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

const src = fileURLToPath(new URL('./src', import.meta.url))

/**
 * NDK imports light-bolt11-decoder only for zapInvoiceFromEvent, which the app never calls: NDK
 * gets a stand-in, so the decoder stays out of the first screen. The app's own import (src/lightning,
 * loaded with the payment code) gets the real library.
 */
const noBolt11DecoderForNdk: Plugin = {
  name: 'no-bolt11-decoder-for-ndk',
  enforce: 'pre',
  resolveId(source, importer) {
    const fromNdk = importer?.includes('/@nostr-dev-kit/ndk/') ?? false
    if (source !== 'light-bolt11-decoder' || !fromNdk) return null
    return fileURLToPath(new URL('./src/ndk/no-bolt11-decoder.ts', import.meta.url))
  },
}

export default defineConfig({
  resolve: {
    alias: {
      '@': src,
      // NDK's event emitter uses eval(), which our Content-Security-Policy forbids.
      tseep: 'tseep/lib/ee-safe.js',
      // NDK's trace logging is for NDK's own developers: a silent stand-in keeps it off the wire.
      debug: fileURLToPath(new URL('./src/ndk/silent-debug.ts', import.meta.url)),
    },
  },
  plugins: [
    noBolt11DecoderForNdk,
    react(),
    tailwindcss(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Bitcoin Troubleshoot',
        short_name: 'Troubleshoot',
        description:
          'The decentralized customer-support network of bitcoin: get help with your self-custody setup, paid in sats, over nostr.',
        theme_color: '#f7931a',
        background_color: '#fafaf9',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
      },
    }),
  ],
  // module workers, so the verification worker's WebAssembly checker is a file of its own,
  // fetched once the worker answered its first batch (see src/ndk/verify-worker.ts)
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The first screen's code in two files, not fifteen: on a phone each file costs a round trip
    // (a few at a time), and one file compresses better. Libraries apart, so they stay cached
    // when only the app changes. The libraries' file is big on purpose.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-screen-libs', tags: ['$initial'], test: /node_modules/, priority: 1 },
            { name: 'first-screen', tags: ['$initial'] },
          ],
        },
      },
    },
  },
})
