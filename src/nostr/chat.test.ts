import type { NostrEvent } from 'nostr-tools'
import * as nip17 from 'nostr-tools/nip17'
import * as nip59 from 'nostr-tools/nip59'
import { getEventHash, getPublicKey } from 'nostr-tools/pure'
import { hexToBytes } from 'nostr-tools/utils'
import { describe, expect, it } from 'vitest'
import type { Rumor } from './chat'
import { chatSizeProblem, makeChatRumor, makeSealTemplate, readChatRumor, wrapSeal } from './chat'
import type { Nip44Decrypt } from './chat-open'
import { IDENTITY_MISMATCH, openWrap } from './chat-open'
import { conversationKey, decryptMessage, encryptMessage } from './encryption'
import { makePaymentRequestTags, makeWorkLogTags } from './message-tags'
import type { Who } from '@tests/support/nostr-fixtures'
import {
  BITCOINER,
  SECRET,
  TROUBLESHOOTER,
  reasonOf,
  sign,
  valueOf,
} from '@tests/support/nostr-fixtures'

const NOW = 1760000000
const TWO_DAYS = 172_800
const WRAP_KEY = hexToBytes('7f7e7d7c7b7a797877767574737271706f6e6d6c6b6a69686766656463626160')
const TICKET_A = `32767:${BITCOINER}:wallet-wont-sync`
const OFFER = { kind: 32768, pubkey: TROUBLESHOOTER, d: 'offer-1' }

const keyOf = (who: Who, peer: string) => valueOf(conversationKey(SECRET[who], peer))
const encryptAs = (who: Who, peer: string, text: string) =>
  valueOf(encryptMessage(text, keyOf(who, peer)))
/** What the recipient's signer does: NIP-44 decrypt with their own key. */
const decryptAs =
  (who: Who): Nip44Decrypt =>
  async (peer, payload) => {
    const plain = decryptMessage(payload, keyOf(who, peer))
    if (!plain.ok) throw new Error(plain.reason)
    return plain.value
  }

/** Seals a rumor as `signer` (whose key may differ from the rumor's author) and wraps it. */
const sealAndWrap = (rumor: object, signer: Who, recipient: string, random = 0.5): NostrEvent => {
  const seal = sign(
    signer,
    makeSealTemplate(encryptAs(signer, recipient, JSON.stringify(rumor)), NOW - 60),
  )
  return valueOf(wrapSeal(seal, recipient, WRAP_KEY, NOW, random))
}

describe('makeChatRumor', () => {
  it('builds an unsigned kind 14 with p, subject and the ticket a tag, and its id', () => {
    const rumor = makeChatRumor(
      {
        sender: BITCOINER,
        recipient: TROUBLESHOOTER,
        text: 'Hi! Can you help?',
        ticket: TICKET_A,
        subject: 'Wallet will not sync',
      },
      NOW,
    )
    expect(rumor).toEqual({
      kind: 14,
      pubkey: BITCOINER,
      created_at: NOW,
      content: 'Hi! Can you help?',
      tags: [
        ['p', TROUBLESHOOTER],
        ['subject', 'Wallet will not sync'],
        ['a', TICKET_A],
      ],
      id: getEventHash({
        kind: 14,
        pubkey: BITCOINER,
        created_at: NOW,
        content: 'Hi! Can you help?',
        tags: rumor.tags,
      }),
    })
    expect(rumor).not.toHaveProperty('sig')
  })
})

describe('gift wrap round trip', () => {
  it('opens to the same text, ticket and subject; the wrap hides the sender and the time', async () => {
    const rumor = makeChatRumor(
      {
        sender: BITCOINER,
        recipient: TROUBLESHOOTER,
        text: 'Héllo ⚡ — my node is stuck',
        ticket: TICKET_A,
        subject: 'Stuck node',
      },
      NOW,
    )
    const wrap = sealAndWrap(rumor, 'bitcoiner', TROUBLESHOOTER, 0.5)
    expect(wrap.kind).toBe(1059)
    expect(wrap.tags).toEqual([['p', TROUBLESHOOTER]])
    expect(wrap.pubkey).toBe(getPublicKey(WRAP_KEY))
    expect(wrap.created_at).toBe(NOW - TWO_DAYS / 2)
    expect(wrap.content).not.toContain('Stuck')

    const opened = valueOf(await openWrap(wrap, decryptAs('troubleshooter')))
    expect(opened.wrapId).toBe(wrap.id)
    expect(opened.seal.pubkey).toBe(BITCOINER)
    expect(opened.rumor).toEqual(rumor)
    expect(opened.message).toEqual({
      id: rumor.id,
      sender: BITCOINER,
      recipient: TROUBLESHOOTER,
      text: 'Héllo ⚡ — my node is stuck',
      at: NOW,
      ticket: { kind: 32767, pubkey: BITCOINER, d: 'wallet-wont-sync' },
      subject: 'Stuck node',
    })
  })

  it('keeps wrap times within two days in the past for any random draw', () => {
    const rumor = makeChatRumor({ sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'x' }, NOW)
    expect(sealAndWrap(rumor, 'bitcoiner', TROUBLESHOOTER, 0).created_at).toBe(NOW)
    const oldest = sealAndWrap(rumor, 'bitcoiner', TROUBLESHOOTER, 0.9999999).created_at
    expect(oldest).toBeGreaterThan(NOW - TWO_DAYS)
    expect(oldest).toBeLessThan(NOW - TWO_DAYS + 2)
  })

  it('reads a payment request and a work log next to the ticket tag', async () => {
    const request = makeChatRumor(
      {
        sender: TROUBLESHOOTER,
        recipient: BITCOINER,
        text: 'Payment request: 2,100 sats',
        ticket: TICKET_A,
        tags: makePaymentRequestTags({ id: 'req-1', offer: OFFER, msats: 2_100_000 }),
      },
      NOW,
    )
    expect(request.tags).toEqual([
      ['p', BITCOINER],
      ['a', TICKET_A],
      ['a', `32768:${TROUBLESHOOTER}:offer-1`],
      ['amount', '2100000'],
      ['payreq', 'req-1'],
    ])
    const opened = valueOf(
      await openWrap(sealAndWrap(request, 'troubleshooter', BITCOINER), decryptAs('bitcoiner')),
    )
    expect(opened.message.ticket).toEqual({ kind: 32767, pubkey: BITCOINER, d: 'wallet-wont-sync' })
    expect(opened.message.paymentRequest).toEqual({
      id: 'req-1',
      offer: OFFER,
      msats: 2_100_000,
      bolt11: undefined,
      minutes: undefined,
    })

    const log = makeChatRumor(
      {
        sender: TROUBLESHOOTER,
        recipient: BITCOINER,
        text: 'Started work',
        tags: makeWorkLogTags({ offer: OFFER, action: 'start', at: NOW }),
      },
      NOW,
    )
    const openedLog = valueOf(
      await openWrap(sealAndWrap(log, 'troubleshooter', BITCOINER), decryptAs('bitcoiner')),
    )
    expect(openedLog.message.workLog).toEqual({ offer: OFFER, action: 'start', at: NOW })
    expect(openedLog.message.ticket).toBeUndefined()
  })
})

describe('opening refuses what it must', () => {
  it('drops a rumor whose author is not the seal signer', async () => {
    // The stranger seals a rumor claiming to be written by the Bitcoiner.
    const forged = makeChatRumor(
      { sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'Send me your seed words' },
      NOW,
    )
    const result = await openWrap(
      sealAndWrap(forged, 'stranger', TROUBLESHOOTER),
      decryptAs('troubleshooter'),
    )
    expect(reasonOf(result)).toBe(IDENTITY_MISMATCH)
  })

  it('skips a wrap meant for someone else, a broken seal signature and garbage, without throwing', async () => {
    const rumor = makeChatRumor({ sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'hi' }, NOW)
    const wrap = sealAndWrap(rumor, 'bitcoiner', TROUBLESHOOTER)
    expect(reasonOf(await openWrap(wrap, decryptAs('stranger')))).toMatch(
      /seal could not be decrypted.*MAC/,
    )

    const seal = sign(
      'bitcoiner',
      makeSealTemplate(encryptAs('bitcoiner', TROUBLESHOOTER, JSON.stringify(rumor)), NOW),
    )
    const tampered = { ...seal, sig: seal.sig.replace(/^./, seal.sig[0] === '0' ? '1' : '0') }
    const badWrap = valueOf(wrapSeal(tampered, TROUBLESHOOTER, WRAP_KEY, NOW, 0))
    expect(reasonOf(await openWrap(badWrap, decryptAs('troubleshooter')))).toBe(
      'the seal has an invalid signature',
    )

    const junk = { ...wrap, content: 'not base64 at all!' }
    expect(reasonOf(await openWrap(junk, decryptAs('troubleshooter')))).toMatch(
      /could not be decrypted/,
    )
    const notJson = valueOf(wrapSeal(seal, TROUBLESHOOTER, WRAP_KEY, NOW, 0))
    const plainJunk: Nip44Decrypt = async () => '{"kind":13'
    expect(reasonOf(await openWrap(notJson, plainJunk))).toBe('the seal is not JSON')
    expect(reasonOf(await openWrap({ ...wrap, kind: 4 }, decryptAs('troubleshooter')))).toBe(
      'the event is kind 4, not 1059',
    )
  })

  it('refuses a rumor that is not kind 14 or names no recipient', async () => {
    const reaction = {
      ...makeChatRumor({ sender: BITCOINER, recipient: TROUBLESHOOTER, text: '+' }, NOW),
      kind: 7,
    }
    expect(
      reasonOf(
        await openWrap(
          sealAndWrap(reaction, 'bitcoiner', TROUBLESHOOTER),
          decryptAs('troubleshooter'),
        ),
      ),
    ).toBe('the rumor is kind 7, not a chat message (14)')
    const noP: Rumor = {
      ...makeChatRumor({ sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'x' }, NOW),
      tags: [],
    }
    expect(reasonOf(readChatRumor(noP))).toBe('the rumor names no recipient (p tag)')
  })
})

describe('the 65,535-byte limit', () => {
  it('refuses over-limit text on send, and text that no longer fits once sealed', () => {
    const over = makeChatRumor(
      { sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'a'.repeat(65_536) },
      NOW,
    )
    expect(chatSizeProblem(over)).toBe(
      'The message is too long: 65,536 bytes, the limit is 65,535. Split it into several messages.',
    )
    const unsealable = makeChatRumor(
      { sender: BITCOINER, recipient: TROUBLESHOOTER, text: '€'.repeat(17_000) },
      NOW,
    )
    expect(chatSizeProblem(unsealable)).toMatch(/^The message is too long to encrypt: 51,000 bytes/)
    const fits = makeChatRumor(
      { sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'a'.repeat(40_000) },
      NOW,
    )
    expect(chatSizeProblem(fits)).toBeUndefined()
    // and what fits really wraps
    const seal = sign(
      'bitcoiner',
      makeSealTemplate(encryptAs('bitcoiner', TROUBLESHOOTER, JSON.stringify(fits)), NOW),
    )
    expect(wrapSeal(seal, TROUBLESHOOTER, WRAP_KEY, NOW, 0).ok).toBe(true)
  })

  it('refuses over-limit plaintext on receive, even from a signer that does not check', async () => {
    const rumor = makeChatRumor(
      { sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'b'.repeat(65_536) },
      NOW,
    )
    expect(reasonOf(readChatRumor(rumor))).toBe('the message is longer than 65535 bytes')
    const wrap = sealAndWrap(
      makeChatRumor({ sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'x' }, NOW),
      'bitcoiner',
      TROUBLESHOOTER,
    )
    const lax: Nip44Decrypt = async () => JSON.stringify(rumor)
    expect(reasonOf(await openWrap(wrap, lax))).toBe('the seal is longer than 65535 bytes')
  })
})

describe('interop with nostr-tools', () => {
  const troubleshooterKey = hexToBytes(SECRET.troubleshooter)

  it('opens a NIP-17 message wrapped by nostr-tools', async () => {
    const wrap = nip17.wrapEvent(
      troubleshooterKey,
      { publicKey: BITCOINER },
      'Hello from another client',
      'Seed backup',
    )
    const opened = valueOf(await openWrap(wrap, decryptAs('bitcoiner')))
    expect(opened.message).toMatchObject({
      sender: TROUBLESHOOTER,
      recipient: BITCOINER,
      text: 'Hello from another client',
      subject: 'Seed backup',
    })
  })

  it('our wraps open with nostr-tools', () => {
    const rumor = makeChatRumor(
      { sender: BITCOINER, recipient: TROUBLESHOOTER, text: 'Thanks!', ticket: TICKET_A },
      NOW,
    )
    const unwrapped = nip59.unwrapEvent(
      sealAndWrap(rumor, 'bitcoiner', TROUBLESHOOTER),
      troubleshooterKey,
    )
    expect(unwrapped).toEqual(rumor)
  })
})
