import { describe, expect, it } from 'vitest'
import { makeChatRumor, readChatRumor } from './chat'
import { readLegacyMessage } from './chat-legacy'
import { makeOffer, readOffer } from './offer'
import { capText, READ_LIMITS } from './read-limits'
import { makeTicket, readTicket } from './ticket'
import { makeTroubleshooterCard, readTroubleshooterCard } from './troubleshooter-card'
import { BITCOINER, TROUBLESHOOTER, pub, sign, valueOf } from '@tests/support/nostr-fixtures'

const NOW = 1760000000
const TICKET = { kind: 32767, pubkey: BITCOINER, d: 'wallet-wont-sync' }

describe('capText', () => {
  it('keeps a text within the limit as it is', () => {
    expect(capText('hello', 5)).toEqual({ text: 'hello', cut: 0 })
  })

  it('cuts by characters, never half an emoji, and counts what it cut', () => {
    expect(capText('ab🙂cd🙂', 3)).toEqual({ text: 'ab🙂', cut: 3 })
    expect(capText('🙂'.repeat(10), 4)).toEqual({ text: '🙂'.repeat(4), cut: 6 })
  })
})

describe('readers cut what a stranger sends beyond the limits, and still read it', () => {
  const bigTicket = () => {
    const template = makeTicket(
      { d: 'big', title: 'Sparrow will not sync', description: 'x', topics: ['sparrow'] },
      NOW,
    )
    const junk = Array.from({ length: 5_000 }, (_, n) => ['t', `topic-${n}`])
    return sign('bitcoiner', {
      ...template,
      tags: template.tags
        .map((tag) => (tag[0] === 'title' ? ['title', `${'W'.repeat(1_000)} end`] : tag))
        .concat(junk),
      content: 'd'.repeat(READ_LIMITS.description + 1234),
    })
  }

  it('a ticket: title, description, topics and tags', () => {
    const event = bigTicket()
    const ticket = valueOf(readTicket(event))
    expect(ticket.title).toBe(`${'W'.repeat(READ_LIMITS.title)}…`)
    expect(ticket.description).toHaveLength(READ_LIMITS.description)
    expect(ticket.descriptionCut).toBe(1234)
    expect(ticket.topics).toHaveLength(READ_LIMITS.topics)
    expect(ticket.warnings).toContain(
      `it has ${event.tags.length} tags; only the first ${READ_LIMITS.tags} were read`,
    )
  })

  it('a ticket within the limits says nothing was cut', () => {
    const ticket = valueOf(
      readTicket(
        sign(
          'bitcoiner',
          makeTicket({ d: 'ok', title: 'Fine', description: 'Short.', topics: [] }, NOW),
        ),
      ),
    )
    expect(ticket.description).toBe('Short.')
    expect('descriptionCut' in ticket).toBe(false)
  })

  it('an offer: its cover letter, a 32,000-character run of ) included', () => {
    const letter = `See https://example.com/${')'.repeat(32_000)}`
    const offer = valueOf(
      readOffer(
        sign(
          'troubleshooter',
          makeOffer(
            {
              d: 'offer-1',
              ticket: TICKET,
              pricing: { kind: 'fixed', sats: 1000 },
              coverLetter: letter,
              troubleshooter: pub('troubleshooter'),
            },
            NOW,
          ),
        ),
      ),
    )
    expect(offer.coverLetter).toBe(letter.slice(0, READ_LIMITS.coverLetter))
    expect(offer.coverLetterCut).toBe(letter.length - READ_LIMITS.coverLetter)
  })

  it('a card: title, about and topics', () => {
    const template = makeTroubleshooterCard(
      {
        d: 'card',
        title: 'T'.repeat(400),
        topics: [],
        pricing: { kind: 'fixed', sats: 1 },
        available: true,
        about: 'a'.repeat(READ_LIMITS.about + 7),
      },
      NOW,
    )
    const many = Array.from({ length: 40 }, (_, n) => ['t', `topic-${n}`])
    const card = valueOf(
      readTroubleshooterCard(
        sign('troubleshooter', { ...template, tags: [...template.tags, ...many] }),
      ),
    )
    expect(card.title).toBe(`${'T'.repeat(READ_LIMITS.title)}…`)
    expect(card.aboutCut).toBe(7)
    expect(card.topics).toHaveLength(READ_LIMITS.topics)
  })

  it('a message, NIP-17 or legacy NIP-04', () => {
    const text = 'm'.repeat(60_000)
    const rumor = makeChatRumor({ sender: BITCOINER, recipient: TROUBLESHOOTER, text }, NOW)
    const message = valueOf(readChatRumor(rumor))
    expect(message.text).toHaveLength(READ_LIMITS.message)
    expect(message.textCut).toBe(60_000 - READ_LIMITS.message)
    // the id is still the rumor's own, computed over all of it
    expect(message.id).toBe(rumor.id)
    const legacy = sign('bitcoiner', {
      kind: 4,
      created_at: NOW,
      tags: [['p', TROUBLESHOOTER]],
      content: 'ciphertext',
    })
    expect(valueOf(readLegacyMessage(legacy, text)).textCut).toBe(60_000 - READ_LIMITS.message)
  })

  it('a message whose recipient comes after the tag limit names none', () => {
    const rumor = makeChatRumor(
      {
        sender: BITCOINER,
        recipient: TROUBLESHOOTER,
        text: 'hi',
        tags: Array.from({ length: READ_LIMITS.tags }, () => ['x', 'y']),
      },
      NOW,
    )
    // the p tag comes first: still read
    expect(valueOf(readChatRumor(rumor)).recipient).toBe(TROUBLESHOOTER)
    const late = { ...rumor, tags: [...rumor.tags.slice(1), rumor.tags[0]!] }
    expect(readChatRumor(late).ok).toBe(false)
  })
})
