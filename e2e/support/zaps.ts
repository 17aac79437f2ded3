import type { BrowserContext } from '@playwright/test'
import { forwardTo, startDemoZapServer } from '../../scripts/demo-zap-server'
import type { DemoZapServer, DemoZapServerOptions } from '../../scripts/demo-zap-server'

/**
 * Pages of `context` reach `https://<domain>/…` at the loopback server `origin`, the way a browser
 * reaches a real lightning address's host (the routing stands in for DNS and TLS): the page sees
 * https://<domain> throughout, and the server builds its callback URLs on that origin.
 */
export const routeLightningDomain = (context: BrowserContext, domain: string, origin: string) =>
  context.route(`https://${domain}/**`, async (route) => {
    const target = forwardTo(route.request().url(), origin)
    const response = await route.fetch({
      url: target.url,
      headers: { ...route.request().headers(), ...target.headers },
    })
    await route.fulfill({ response })
  })

/**
 * Starts the demo LNURL/zap server for `users` (name → nostr pubkey) and routes `domain` to it in
 * `context`: `alice@zaps.test` then works in the app like any lightning address. Stop it after.
 */
export const serveLightningAddresses = async (
  context: BrowserContext,
  options: DemoZapServerOptions & { domain?: string },
): Promise<DemoZapServer & { domain: string }> => {
  const { domain = 'zaps.test', ...serverOptions } = options
  const server = await startDemoZapServer(serverOptions)
  await routeLightningDomain(context, domain, server.origin)
  return Object.assign(server, { domain })
}
