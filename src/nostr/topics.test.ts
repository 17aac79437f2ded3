import { describe, expect, it } from 'vitest'
import {
  TOPICS,
  canonicalTopic,
  findTopic,
  isSelfCustodyTopic,
  isTopicSlug,
  slugifyTopic,
  topicLabel,
} from './topics'

describe('topic vocabulary', () => {
  it('has unique, well-formed slugs covering the self-custody ground', () => {
    const slugs = TOPICS.map((t) => t.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(slugs.every(isTopicSlug)).toBe(true)
    for (const slug of [
      'coldcard',
      'trezor',
      'ledger',
      'bitbox',
      'jade',
      'seedsigner',
      'keystone',
      'sparrow',
      'electrum',
      'bluewallet',
      'nunchuk',
      'bitcoin-core',
      'umbrel',
      'start9',
      'raspiblitz',
      'mynode',
      'ronindojo',
      'lightning',
      'tor',
      'vpn',
      'privacy',
      'multisig',
      'backup',
      'inheritance',
      'rbf',
      'cpfp',
      'stuck-transaction',
    ]) {
      expect(isSelfCustodyTopic(slug)).toBe(true)
    }
  })
  it('finds labels and groups', () => {
    expect(findTopic('cpfp')).toEqual({
      slug: 'cpfp',
      label: 'Child-pays-for-parent (CPFP)',
      group: 'fees',
    })
    expect(topicLabel('my-own-topic')).toBe('my-own-topic')
    expect(isSelfCustodyTopic('cooking')).toBe(false)
  })
})

describe('slugifyTopic', () => {
  it.each([
    ['Stuck TX!', 'stuck-tx'],
    ['#Sparrow Wallet', 'sparrow-wallet'],
    ['  Café  Crème ', 'cafe-creme'],
    ['bitcoin_core.v27', 'bitcoin_core.v27'],
    ['---', ''],
    ['🔥', ''],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('%s → %s', (input, expected) => {
    expect(slugifyTopic(input)).toBe(expected)
  })
})

describe('canonicalTopic', () => {
  it("reads SatShoot's spellings as the vocabulary's slugs and leaves free topics alone", () => {
    expect(canonicalTopic('bitcoin_core')).toBe('bitcoin-core')
    expect(canonicalTopic('hardware_wallet')).toBe('hardware-wallet')
    expect(canonicalTopic('seed_phrase')).toBe('seed-phrase')
    expect(canonicalTopic('clightning')).toBe('core-lightning')
    expect(canonicalTopic('blockstream_green')).toBe('green')
    expect(canonicalTopic('coldcard')).toBe('coldcard')
    expect(canonicalTopic('web_design')).toBe('web_design')
  })
})
