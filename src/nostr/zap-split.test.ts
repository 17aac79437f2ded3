import { describe, expect, it } from 'vitest'
import { readZapSplits, zapTag } from './zap-split'
import { BITCOINER, TROUBLESHOOTER } from '@tests/support/nostr-fixtures'

describe('readZapSplits', () => {
  it('reads weights as relative shares', () => {
    expect(
      readZapSplits([
        ['zap', BITCOINER, '', '1'],
        ['zap', TROUBLESHOOTER, '', '3'],
      ]).map((z) => z.share),
    ).toEqual([0.25, 0.75])
  })
  it('splits equally when no tag has a weight', () => {
    expect(
      readZapSplits([
        ['zap', BITCOINER],
        ['zap', TROUBLESHOOTER, 'wss://r.example'],
      ]),
    ).toEqual([
      { pubkey: BITCOINER, share: 0.5 },
      { pubkey: TROUBLESHOOTER, relay: 'wss://r.example', share: 0.5 },
    ])
  })
  it('gives nothing to unweighted tags when others have weights, and skips bad pubkeys', () => {
    expect(
      readZapSplits([
        ['zap', BITCOINER, '', '2'],
        ['zap', TROUBLESHOOTER],
        ['zap', 'npub1bad', '', '98'],
      ]),
    ).toEqual([{ pubkey: BITCOINER, share: 1 }])
  })
  it('returns nothing when all weights are zero', () => {
    expect(readZapSplits([['zap', BITCOINER, '', '0']])).toEqual([])
  })
  it('builds a single full split with an optional relay hint', () => {
    expect(zapTag(TROUBLESHOOTER, 'wss://Relay.example/')).toEqual([
      'zap',
      TROUBLESHOOTER,
      'wss://relay.example',
      '1',
    ])
  })
})
