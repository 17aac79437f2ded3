import { describe, expect, it } from 'vitest'
import { signed, valueOf } from '@tests/support/nostr-fixtures'
import type { Who } from '@tests/support/nostr-fixtures'
import { readTroubleshooterCard } from '@/nostr/troubleshooter-card'
import { filterCards, topicChoices } from './card-filters'

/** A card as a relay would deliver it: SatShoot-style tags, signed, read back. */
const card = (who: Who, title: string, topics: string[], s: '0' | '1', pricing = ['0', '5000']) =>
  valueOf(
    readTroubleshooterCard(
      signed(who, 32765, [
        ['d', `card-${who}`],
        ['title', title],
        ...topics.map((t) => ['t', t]),
        ['pricing', pricing[0] ?? '0'],
        ['amount', pricing[1] ?? '0'],
        ['s', s],
      ]),
    ),
  )

const coldcardFixer = card('troubleshooter', 'Coldcard fixer', ['coldcard', 'psbt'], '0')
const nodeRunner = card('rival', 'Node runner', ['umbrel', 'coldcard'], '1', ['1', '600'])
const dreamer = card('stranger', 'Dreams in ecash', ['ecash', 'fedi-dreams'], '1')
const all = [coldcardFixer, nodeRunner, dreamer]

describe('filterCards', () => {
  it('lists available troubleshooters first', () => {
    expect(filterCards(all, { availableOnly: false }).map((c) => c.title)).toEqual([
      'Node runner',
      'Dreams in ecash',
      'Coldcard fixer',
    ])
  })

  it('narrows by topic and by availability', () => {
    expect(
      filterCards(all, { topic: 'coldcard', availableOnly: false }).map((c) => c.title),
    ).toEqual(['Node runner', 'Coldcard fixer'])
    expect(
      filterCards(all, { topic: 'coldcard', availableOnly: true }).map((c) => c.title),
    ).toEqual(['Node runner'])
    expect(filterCards(all, { topic: 'tor', availableOnly: false })).toEqual([])
  })
})

describe('topicChoices', () => {
  it('offers the topics cards list, in vocabulary groups, then free topics', () => {
    expect(topicChoices(all)).toEqual([
      {
        group: 'Hardware wallets',
        topics: [{ slug: 'coldcard', label: 'Coldcard' }],
      },
      { group: 'Wallet software', topics: [{ slug: 'psbt', label: 'PSBT' }] },
      { group: 'Nodes', topics: [{ slug: 'umbrel', label: 'Umbrel' }] },
      { group: 'Lightning', topics: [{ slug: 'ecash', label: 'Ecash (Cashu, Fedimint)' }] },
      { group: 'Other topics', topics: [{ slug: 'fedi-dreams', label: 'fedi-dreams' }] },
    ])
  })

  it('keeps the current filter listed even when no card has it any more', () => {
    expect(topicChoices([], 'tor')).toEqual([
      { group: 'Privacy', topics: [{ slug: 'tor', label: 'Tor' }] },
    ])
  })
})
