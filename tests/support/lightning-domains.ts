import type { FetchFn } from '@/wallet/capped-fetch'
import { forwardTo } from '../../scripts/demo-zap-server'

/**
 * A fetch that reaches `https://<domain>/…` at a loopback server standing in for that domain
 * (`routes` maps domain → origin, e.g. `{ 'zaps.test': server.origin }`), as DNS and TLS would for
 * a real lightning address; the e2e tests route the browser the same way (e2e/support/zaps.ts).
 * Any other URL fails as an unreachable host does.
 */
export const fetchThroughDomains =
  (routes: Record<string, string>): FetchFn =>
  async (url, init) => {
    const asked = new URL(url)
    const origin = asked.protocol === 'https:' ? routes[asked.hostname] : undefined
    if (!origin) throw new TypeError(`fetch failed: ${asked.host} is not routed in this test`)
    const target = forwardTo(url, origin)
    const headers = { ...Object.fromEntries(new Headers(init?.headers)), ...target.headers }
    const answer = await fetch(target.url, { ...init, headers })
    // the answer as from the https address asked (a Response built here has no loopback url)
    const empty = [204, 205, 304].includes(answer.status)
    return new Response(empty ? null : answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    })
  }
