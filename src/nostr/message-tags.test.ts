import { describe, expect, it } from 'vitest'
import {
  makeChatTags,
  makePaymentReceiptTags,
  makePaymentRequestTags,
  makeWorkLogTags,
  readPaymentReceipt,
  readPaymentRequest,
  readWorkLog,
  structuredMessageKind,
} from './message-tags'
import { BITCOINER, TROUBLESHOOTER, reasonOf, valueOf } from '@tests/support/nostr-fixtures'

const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'of1' }
const OFFER_A = `32768:${TROUBLESHOOTER}:of1`
const BOLT11 = 'lnbcrt10u1pjq9x7npp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypq'
const PREIMAGE = '0000000000000000000000000000000000000000000000000000000000000001'

describe('payment request', () => {
  it('builds and reads the tags', () => {
    const tags = makePaymentRequestTags({
      id: 'req-1',
      offer: OFFER,
      msats: 2_100_000,
      bolt11: BOLT11,
      minutes: 42,
    })
    expect(tags).toEqual([
      ['a', OFFER_A],
      ['amount', '2100000'],
      ['bolt11', BOLT11],
      ['minutes', '42'],
      ['payreq', 'req-1'],
    ])
    expect(valueOf(readPaymentRequest(tags))).toEqual({
      id: 'req-1',
      offer: OFFER,
      msats: 2_100_000,
      bolt11: BOLT11,
      minutes: 42,
    })
    expect(structuredMessageKind(tags)).toBe('payment-request')
  })
  it.each([
    [
      'no id',
      [
        ['a', OFFER_A],
        ['amount', '1000'],
      ],
      /no payment request id/,
    ],
    [
      'a ticket instead of an offer',
      [
        ['a', `32767:${BITCOINER}:tk`],
        ['amount', '1000'],
        ['payreq', 'r'],
      ],
      /not an offer/,
    ],
    [
      'zero amount',
      [
        ['a', OFFER_A],
        ['amount', '0'],
        ['payreq', 'r'],
      ],
      /positive whole number of msats/,
    ],
    [
      'negative amount',
      [
        ['a', OFFER_A],
        ['amount', '-1'],
        ['payreq', 'r'],
      ],
      /positive whole number/,
    ],
    [
      'not an invoice',
      [
        ['a', OFFER_A],
        ['amount', '1'],
        ['bolt11', 'hello'],
        ['payreq', 'r'],
      ],
      /not a bolt11/,
    ],
    [
      'bad minutes',
      [
        ['a', OFFER_A],
        ['amount', '1'],
        ['minutes', 'ten'],
        ['payreq', 'r'],
      ],
      /minutes/,
    ],
  ])('rejects %s', (_name, tags, reason) => {
    expect(reasonOf(readPaymentRequest(tags))).toMatch(reason)
  })
})

describe('payment receipt', () => {
  it('builds and reads the tags', () => {
    const tags = makePaymentReceiptTags({ requestId: 'req-1', bolt11: BOLT11, preimage: PREIMAGE })
    expect(tags).toEqual([
      ['payreq', 'req-1'],
      ['bolt11', BOLT11],
      ['preimage', PREIMAGE],
    ])
    expect(valueOf(readPaymentReceipt(tags))).toEqual({
      requestId: 'req-1',
      bolt11: BOLT11,
      preimage: PREIMAGE,
    })
    expect(structuredMessageKind(tags)).toBe('payment-receipt')
    expect(reasonOf(readPaymentRequest(tags))).toMatch(/receipt, not a request/)
  })
  it('rejects a short or uppercase preimage and a missing invoice', () => {
    expect(
      reasonOf(
        readPaymentReceipt([
          ['payreq', 'r'],
          ['bolt11', BOLT11],
          ['preimage', 'ab'],
        ]),
      ),
    ).toMatch(/preimage/)
    expect(
      reasonOf(
        readPaymentReceipt([
          ['payreq', 'r'],
          ['bolt11', BOLT11],
          ['preimage', PREIMAGE.toUpperCase().replace('0', 'A')],
        ]),
      ),
    ).toMatch(/preimage/)
    expect(
      reasonOf(
        readPaymentReceipt([
          ['payreq', 'r'],
          ['preimage', PREIMAGE],
        ]),
      ),
    ).toMatch(/no bolt11/)
  })
})

describe('work log', () => {
  it('builds and reads start and stop', () => {
    const tags = makeWorkLogTags({ offer: OFFER, action: 'start', at: 1760000000 })
    expect(tags).toEqual([
      ['worklog', 'start', '1760000000'],
      ['a', OFFER_A],
    ])
    expect(valueOf(readWorkLog(tags))).toEqual({ offer: OFFER, action: 'start', at: 1760000000 })
    expect(structuredMessageKind(tags)).toBe('work-log')
  })
  it('rejects an unknown action or time', () => {
    expect(
      reasonOf(
        readWorkLog([
          ['worklog', 'pause', '1'],
          ['a', OFFER_A],
        ]),
      ),
    ).toMatch(/neither start nor stop/)
    expect(
      reasonOf(
        readWorkLog([
          ['worklog', 'stop', 'soon'],
          ['a', OFFER_A],
        ]),
      ),
    ).toMatch(/not a unix time/)
    expect(reasonOf(readWorkLog([['worklog', 'stop', '5']]))).toMatch(/names no offer/)
  })
})

describe('chat tags', () => {
  it('threads a chat by ticket', () => {
    expect(
      makeChatTags({ recipient: BITCOINER, subject: 'Jade PIN', ticket: `32767:${BITCOINER}:tk` }),
    ).toEqual([
      ['p', BITCOINER],
      ['subject', 'Jade PIN'],
      ['a', `32767:${BITCOINER}:tk`],
    ])
    expect(structuredMessageKind([['p', BITCOINER]])).toBe('chat')
  })
})
