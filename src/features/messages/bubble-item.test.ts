import { describe, expect, it } from 'vitest'
import type { MessageRecord } from '@/stores/messages'
import type { OutboxItem } from '@/stores/outbox'
import { toBubble } from './bubble-item'

const ME = '7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e'
const BOB = 'ee11a5dff40c19a555f41fe42b48f00e618c91225622ae37b6c2bb67b76c4e49'

const record = (outgoing: boolean, extra: Partial<MessageRecord> = {}): MessageRecord => ({
  id: 'm1',
  at: 100,
  text: 'Is the Ledger connected?',
  sender: outgoing ? ME : BOB,
  recipient: outgoing ? BOB : ME,
  outgoing,
  counterpart: BOB,
  threadKey: `${BOB}|`,
  ...extra,
})

const item = (change: Partial<OutboxItem>): OutboxItem => ({
  id: 'm1',
  createdAt: 100,
  recipient: BOB,
  text: 'Yes, over USB.',
  threadKey: `${BOB}|`,
  status: 'pending',
  attempts: 1,
  ...change,
})

describe('toBubble', () => {
  it('shows a message of mine sent from this device with its relay count', () => {
    const bubble = toBubble({
      type: 'message',
      id: 'm1',
      at: 100,
      message: record(true),
      delivery: item({ status: 'sent', relayCount: 2 }),
    })
    expect(bubble).toMatchObject({ outgoing: true, delivery: { status: 'sent', relayCount: 2 } })
  })

  it('shows an unsent message with the reason it is waiting', () => {
    const reason = 'None of the recipient’s relays answered.'
    expect(toBubble({ type: 'outbox', id: 'm1', at: 100, item: item({ reason }) })).toEqual({
      id: 'm1',
      at: 100,
      text: 'Yes, over USB.',
      outgoing: true,
      legacy: false,
      delivery: { status: 'pending', relayCount: undefined, reason },
    })
  })

  it('marks a legacy NIP-04 message and gives incoming messages no delivery', () => {
    const bubble = toBubble({
      type: 'message',
      id: 'm1',
      at: 100,
      message: record(false, { legacy: true }),
    })
    expect(bubble).toMatchObject({ outgoing: false, legacy: true })
    expect(bubble.delivery).toBeUndefined()
  })

  it('carries a work-log entry with who logged it, from the relays or still in the outbox', () => {
    const offer = { kind: 32768, pubkey: BOB, d: 'of1' }
    const workLog = { offer, action: 'start' as const, at: 100 }
    const received = toBubble({
      type: 'message',
      id: 'm1',
      at: 100,
      message: record(false, { text: 'Work started', workLog }),
    })
    expect(received.workLog).toEqual({ ...workLog, from: BOB })
    const waiting = toBubble({
      type: 'outbox',
      id: 'm1',
      at: 100,
      item: item({ text: 'Work started' }),
      message: { ...record(true), workLog },
    })
    expect(waiting.workLog).toEqual({ ...workLog, from: ME })
    expect(toBubble({ type: 'message', id: 'm1', at: 100, message: record(false) }).workLog).toBe(
      undefined,
    )
  })
})
