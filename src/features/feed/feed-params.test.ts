import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTER } from './feed-filter'
import { readFeedParams, writeFeedParams } from './feed-params'

describe('feed URL parameters', () => {
  it('reads a shared view', () => {
    const params = new URLSearchParams(
      'status=all&topics=ledger,tor&q=seed%20words&sort=budget&jobs=all',
    )
    expect(readFeedParams(params)).toEqual({
      status: 'all',
      topics: ['ledger', 'tor'],
      query: 'seed words',
      sort: 'budget',
      everything: true,
    })
  })

  it('falls back to the default view for anything unreadable', () => {
    const params = new URLSearchParams('status=closed&topics=Bad%20Topic,<b>&sort=random&jobs=yes')
    expect(readFeedParams(params)).toEqual(DEFAULT_FILTER)
  })

  it('writes only what differs from the default, keeping other parameters', () => {
    const params = writeFeedParams(new URLSearchParams('ref=share'), {
      ...DEFAULT_FILTER,
      topics: ['lightning'],
      query: 'channel',
    })
    expect(params.toString()).toBe('ref=share&topics=lightning&q=channel')
    expect(writeFeedParams(params, DEFAULT_FILTER).toString()).toBe('ref=share')
  })
})
