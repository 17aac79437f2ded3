import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { makeZapRequest } from '@/nostr/zap-request'
import { TROUBLESHOOTER, reasonOf, sign, valueOf } from '@tests/support/nostr-fixtures'
import { issueDemoInvoice } from '../../scripts/demo-wallet'
import type { FetchFn } from './capped-fetch'
import { encodeLnurl, fetchPayRequest, fetchZapInvoice, readLightningAddress } from './lnurl'
import type { LnurlPayRequest } from './lnurl'

const SERVER_KEY = 'ab'.repeat(32)
const PAY_URL = 'https://zaps.example/.well-known/lnurlp/alice'
const CALLBACK = 'https://pay.example/lnurlp/alice/callback'
const AMOUNT = 21_000_000

const payRequestBody = {
  tag: 'payRequest',
  callback: CALLBACK,
  minSendable: 1000,
  maxSendable: 100_000_000,
  metadata: '[["text/identifier","alice@zaps.example"]]',
  allowsNostr: true,
  nostrPubkey: SERVER_KEY,
}

/** A fake network: each URL (without its query) answers what `routes` says; others are down. */
const network = (routes: Record<string, (url: URL) => Response>): FetchFn & { asked: URL[] } => {
  const asked: URL[] = []
  const fetchFn = async (url: string) => {
    const parsed = new URL(url)
    asked.push(parsed)
    const route = routes[`${parsed.origin}${parsed.pathname}`]
    if (!route) throw new TypeError('fetch failed')
    return route(parsed)
  }
  return Object.assign(fetchFn, { asked })
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })
const serves = (body: unknown) => network({ [PAY_URL]: () => json(body) })

const zapRequest = (amountMsats = AMOUNT) =>
  sign(
    'bitcoiner',
    makeZapRequest({
      recipient: TROUBLESHOOTER,
      offer: { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' },
      amountMsats,
      relays: ['wss://relay.example.com'],
      content: '',
      now: 1760000000,
    }),
  )

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A callback that issues a real regtest invoice, for `amountMsats` and committing to `describe`. */
const invoicing = (
  answer: (nostr: string) => { amountMsats?: number; describe?: string } = () => ({}),
) =>
  network({
    [CALLBACK]: (url) => {
      const nostr = url.searchParams.get('nostr') ?? ''
      const { amountMsats, describe } = answer(nostr)
      const { invoice } = issueDemoInvoice({
        amountMsats: amountMsats ?? Number(url.searchParams.get('amount')),
        descriptionHash: sha256(describe ?? nostr),
        payeeSecret: SERVER_KEY,
      })
      return json({ pr: invoice, routes: [] })
    },
  })

const PAY_REQUEST: LnurlPayRequest = {
  address: 'alice@zaps.example',
  url: PAY_URL,
  lnurl: encodeLnurl(PAY_URL),
  callback: CALLBACK,
  minSendableMsats: 1000,
  maxSendableMsats: 100_000_000,
  nostrPubkey: SERVER_KEY,
}

describe('readLightningAddress', () => {
  it('gives the LUD-16 pay URL of name@domain, in lower case', () => {
    expect(valueOf(readLightningAddress(' Alice@Zaps.Example '))).toEqual({
      name: 'alice',
      domain: 'zaps.example',
      text: 'alice@zaps.example',
      url: PAY_URL,
    })
    expect(valueOf(readLightningAddress('a.b+tip@pay.sub.example.org')).url).toBe(
      'https://pay.sub.example.org/.well-known/lnurlp/a.b%2Btip',
    )
  })

  it('refuses anything that is not a plain internet domain', () => {
    for (const text of [
      'alice@127.0.0.1',
      'alice@localhost',
      'alice@printer.local',
      'alice@abc.onion',
      'alice@zaps.example:8443',
      'alice@zaps.example/path',
      'alice@[::1]',
      'alice@-bad.example',
      'alice@zaps.example.',
      'user:pw@zaps.example',
      'al ice@zaps.example',
      '@zaps.example',
      'alice@',
      'alice',
    ])
      expect(readLightningAddress(text).ok, text).toBe(false)
  })
})

describe('encodeLnurl', () => {
  it('encodes the LUD-01 example', () => {
    const url =
      'https://service.com/api?q=3fc3645b439ce8e7f2553a69e5267081d96dcd340693afabe04be7b0ccd178df'
    expect(encodeLnurl(url)).toBe(
      'LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS'.toLowerCase(),
    )
  })
})

describe('fetchPayRequest', () => {
  it('reads a pay request that allows zaps', async () => {
    expect(valueOf(await fetchPayRequest('alice@zaps.example', serves(payRequestBody)))).toEqual(
      PAY_REQUEST,
    )
  })

  it('refuses a server that cannot take a zap, in plain words', async () => {
    const refusal = async (body: unknown) =>
      reasonOf(await fetchPayRequest('alice@zaps.example', serves(body)))
    expect(await refusal({ ...payRequestBody, tag: 'withdrawRequest' })).toMatch(
      /does not offer payments/,
    )
    expect(await refusal({ ...payRequestBody, callback: 'http://pay.example/cb' })).toMatch(
      /no https address/,
    )
    expect(await refusal({ ...payRequestBody, minSendable: 5000, maxSendable: 1000 })).toMatch(
      /range of amounts/,
    )
    expect(await refusal({ ...payRequestBody, minSendable: '1000' })).toMatch(/range of amounts/)
    expect(await refusal({ ...payRequestBody, allowsNostr: false })).toBe(
      'alice@zaps.example cannot receive zaps: its server does not sign zap receipts.',
    )
    expect(await refusal({ ...payRequestBody, nostrPubkey: 'npub1xyz' })).toMatch(
      /cannot receive zaps/,
    )
    expect(await refusal({ status: 'ERROR', reason: 'User\n not found' })).toBe(
      'The server of alice@zaps.example refused: “User not found”',
    )
    expect(await refusal('x'.repeat(70_000))).toMatch(/far more data/)
    expect(reasonOf(await fetchPayRequest('alice@zaps.example', network({})))).toBe(
      'Could not reach the server of alice@zaps.example.',
    )
    const missing = network({ [PAY_URL]: () => new Response('Not found', { status: 404 }) })
    expect(reasonOf(await fetchPayRequest('alice@zaps.example', missing))).toMatch(
      /does not know this lightning address/,
    )
    const html = network({ [PAY_URL]: () => new Response('<html>') })
    expect(reasonOf(await fetchPayRequest('alice@zaps.example', html))).toMatch(/expected format/)
    expect(reasonOf(await fetchPayRequest('alice@10.0.0.1', serves(payRequestBody)))).toMatch(
      /not an internet domain/,
    )
  })
})

describe('fetchZapInvoice', () => {
  it('sends amount, the zap request and the lnurl, and takes an invoice that commits to them', async () => {
    const zap = zapRequest()
    const server = invoicing()
    const invoice = valueOf(
      await fetchZapInvoice(PAY_REQUEST, { amountMsats: AMOUNT, zapRequest: zap }, server),
    )
    const asked = server.asked[0]
    expect(asked?.searchParams.get('amount')).toBe(String(AMOUNT))
    expect(asked?.searchParams.get('lnurl')).toBe(PAY_REQUEST.lnurl)
    expect(JSON.parse(asked?.searchParams.get('nostr') ?? '')).toEqual(
      JSON.parse(JSON.stringify(zap)),
    )
    expect(invoice.zapRequest).toBe(asked?.searchParams.get('nostr'))
    expect(invoice).toMatchObject({
      amountMsats: AMOUNT,
      invoice: expect.stringMatching(/^lnbcrt/),
    })
  })

  it('refuses an invoice for another amount or for another description', async () => {
    const ask = (fetchFn: FetchFn) =>
      fetchZapInvoice(PAY_REQUEST, { amountMsats: AMOUNT, zapRequest: zapRequest() }, fetchFn)
    expect(reasonOf(await ask(invoicing(() => ({ amountMsats: AMOUNT + 1000 }))))).toMatch(
      /invoice for another amount/,
    )
    expect(reasonOf(await ask(invoicing(() => ({ describe: 'something else' }))))).toMatch(
      /not for this zap/,
    )
    const broken = network({ [CALLBACK]: () => json({ pr: 'lnbcrt1notaninvoice' }) })
    expect(reasonOf(await ask(broken))).toMatch(/not valid/)
    const refusing = network({
      [CALLBACK]: () => json({ status: 'ERROR', reason: 'Amount too low' }),
    })
    expect(reasonOf(await ask(refusing))).toMatch(/refused: “Amount too low”/)
  })

  it('refuses before asking: an amount out of range, or a zap request for another amount', async () => {
    const server = invoicing()
    const tooMuch = 200_000_000
    expect(
      reasonOf(
        await fetchZapInvoice(
          PAY_REQUEST,
          { amountMsats: tooMuch, zapRequest: zapRequest(tooMuch) },
          server,
        ),
      ),
    ).toBe('alice@zaps.example accepts between 1 and 100,000 sats.')
    expect(
      reasonOf(
        await fetchZapInvoice(PAY_REQUEST, { amountMsats: 5000, zapRequest: zapRequest() }, server),
      ),
    ).toMatch(/another amount/)
    expect(server.asked).toHaveLength(0)
  })
})
