import { describe, expect, it } from 'vitest'
import { topicOptions } from './topic-options'

const slugs = (groups: ReturnType<typeof topicOptions>) =>
  groups.flatMap((group) => group.options.map((option) => option.slug))

describe('topicOptions', () => {
  it('lists the whole vocabulary by group when nothing is typed', () => {
    const groups = topicOptions('', [])
    expect(groups.map((group) => group.group)).toEqual([
      'Hardware wallets',
      'Wallet software',
      'Nodes',
      'Lightning',
      'Privacy',
      'Multisig',
      'Backups and inheritance',
      'Fees and stuck transactions',
    ])
    expect(slugs(groups)).toContain('coldcard')
  })

  it('finds topics by label, ignoring case and accents, and leaves chosen ones out', () => {
    expect(slugs(topicOptions('SPARR', []))).toEqual(['sparrow', 'sparr'])
    expect(slugs(topicOptions('Jädé', []))).toEqual(['jade'])
    expect(slugs(topicOptions('coldcard', ['coldcard']))).toEqual([])
  })

  it('offers what was typed as a free topic, slugified', () => {
    const groups = topicOptions('#Stuck TX!', [])
    expect(groups.at(-1)).toEqual({
      group: 'Your own topic',
      options: [{ slug: 'stuck-tx', label: 'stuck-tx', free: true }],
    })
  })

  it('matches a group name, so "lightning" lists every lightning topic', () => {
    expect(slugs(topicOptions('lightning', []))).toEqual(
      expect.arrayContaining(['lightning', 'lnd', 'core-lightning', 'lightning-address']),
    )
  })
})
