import { describe, expect, it } from 'vitest'
import { readHumanPart } from './bolt11-hrp'

describe('readHumanPart', () => {
  it.each([
    ['lnbc', 'bc', undefined],
    ['lnbc2500u', 'bc', 250_000_000],
    ['lntb20m', 'tb', 2_000_000_000],
    ['lnbcrt1230n', 'bcrt', 123_000],
    ['lntbs10u', 'tbs', 1_000_000],
    ['lnbc10p', 'bc', 1],
    ['lnbc1', 'bc', 100_000_000_000],
  ])('reads %s', (prefix, network, amountMsats) => {
    expect(readHumanPart(prefix)).toEqual({ ok: true, value: { network, amountMsats } })
  })

  it.each([
    ['lnltc10u', /network the app knows/],
    ['lnbc2500x', /multiplier/],
    ['lnbc1.5m', /multiplier/],
    ['lnbc011u', /leading zero/],
    ['lnbc15p', /fraction of a millisatoshi/],
    ['lnbc999999999999', /larger than any real payment/],
  ])('refuses %s', (prefix, reason) => {
    const result = readHumanPart(prefix)
    expect(result.ok ? '' : result.reason).toMatch(reason)
  })
})
