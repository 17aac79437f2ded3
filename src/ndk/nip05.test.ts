import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Nip05Fetch } from './nip05'
import { NIP05_MAX_BYTES, checkNip05, forgetNip05Checks, readNip05 } from './nip05'

const ALICE = 'a1'.repeat(32)
const MALLORY = 'f0'.repeat(32)

/** A fake network answering one URL; records what was asked and how. */
const serving = (answer: (url: URL) => Response) => {
  const asked: { url: URL; init?: RequestInit }[] = []
  const fetchFn: Nip05Fetch = async (url, init) => {
    asked.push({ url: new URL(url), init })
    return answer(new URL(url))
  }
  return { fetchFn, asked }
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

afterEach(() => {
  forgetNip05Checks()
  vi.useRealTimers()
})

describe('readNip05', () => {
  it('splits name@domain, lowercased; a bare domain is _@domain', () => {
    expect(readNip05(' Alice@Example.COM ')).toEqual({ name: 'alice', domain: 'example.com' })
    expect(readNip05('example.com')).toEqual({ name: '_', domain: 'example.com' })
  })

  it('refuses what is not a plain name at an internet domain', () => {
    for (const bad of [
      'alice@',
      '@example.com',
      'al ice@example.com',
      'a@localhost',
      'a@1.2.3.4:80',
      'a@ex/ample.com',
    ])
      expect(readNip05(bad)).toBeUndefined()
  })
})

describe('checkNip05', () => {
  it('is verified when the well-known file names this key, asked over https without redirects', async () => {
    const net = serving(() => json({ names: { alice: ALICE }, relays: {} }))
    const check = await checkNip05('alice@example.com', ALICE, { fetchFn: net.fetchFn })
    expect(check).toEqual({ status: 'verified', domain: 'example.com' })
    expect(net.asked[0]?.url.href).toBe('https://example.com/.well-known/nostr.json?name=alice')
    expect(net.asked[0]?.init?.redirect).toBe('error')
  })

  it('is not verified when the file gives the name to another key, or does not list it', async () => {
    const net = serving(() => json({ names: { alice: MALLORY } }))
    expect(await checkNip05('alice@example.com', ALICE, { fetchFn: net.fetchFn })).toEqual({
      status: 'not-verified',
      reason: 'example.com gives this name to another key',
    })
    const other = serving(() => json({ names: { bob: ALICE } }))
    expect(await checkNip05('alice@example.org', ALICE, { fetchFn: other.fetchFn })).toMatchObject({
      status: 'not-verified',
      reason: 'example.org does not list this name',
    })
  })

  it('cannot check an answer that arrived from an address that is not https', async () => {
    const net = serving(() => {
      const response = json({ names: { alice: ALICE } })
      Object.defineProperty(response, 'url', { value: 'http://example.com/.well-known/nostr.json' })
      return response
    })
    expect(await checkNip05('alice@example.com', ALICE, { fetchFn: net.fetchFn })).toMatchObject({
      status: 'unchecked',
    })
  })

  it('refuses an answer larger than the cap, even one that names the key', async () => {
    const padding = 'x'.repeat(NIP05_MAX_BYTES)
    const net = serving(() => json({ names: { alice: ALICE }, padding }))
    expect(await checkNip05('alice@example.com', ALICE, { fetchFn: net.fetchFn })).toEqual({
      status: 'unchecked',
      reason: 'example.com sent far too much data',
    })
  })

  it('gives up on a domain that does not answer in time, as "could not check"', async () => {
    vi.useFakeTimers()
    const fetchFn: Nip05Fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )
    const pending = checkNip05('alice@slow.example', ALICE, { fetchFn, timeoutMs: 5000 })
    await vi.advanceTimersByTimeAsync(5000)
    expect(await pending).toEqual({
      status: 'unchecked',
      reason: 'slow.example did not answer in time',
    })
  })

  it('cannot check an error page or something that is not NIP-05 JSON', async () => {
    const down = serving(() => new Response('nope', { status: 500 }))
    expect(await checkNip05('a@down.example', ALICE, { fetchFn: down.fetchFn })).toMatchObject({
      status: 'unchecked',
    })
    const html = serving(() => new Response('<html></html>'))
    expect(await checkNip05('a@html.example', ALICE, { fetchFn: html.fetchFn })).toMatchObject({
      status: 'unchecked',
    })
  })

  it('asks once per address and key in a session, unless asked fresh', async () => {
    const net = serving(() => json({ names: { alice: ALICE } }))
    await Promise.all([
      checkNip05('alice@example.com', ALICE, { fetchFn: net.fetchFn }),
      checkNip05('Alice@example.com', ALICE, { fetchFn: net.fetchFn }),
    ])
    expect(net.asked).toHaveLength(1)
    await checkNip05('alice@example.com', ALICE, { fetchFn: net.fetchFn, fresh: true })
    expect(net.asked).toHaveLength(2)
  })
})
