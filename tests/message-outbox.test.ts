import { beforeEach, describe, expect, it } from 'vitest'
import { deviceStorage } from '@/storage/device-storage'
import { judgeDelivery } from '@/commands/message-outbox'
import { useOutboxStore, type OutboxItem } from '@/stores/outbox'
import { useSession } from '@/stores/session'

const ME = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'
const THEM = '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d'
const TICKET_A = `32767:${ME}:wallet-wont-sync`
const KEY = `bt:outbox:${ME}`
const RELAY = 'wss://relay.example.com'

const item = (id: string, change: Partial<OutboxItem> = {}): OutboxItem => ({
  id,
  recipient: THEM,
  text: `draft ${id}`,
  ticket: TICKET_A,
  threadKey: `${THEM}|${TICKET_A}`,
  createdAt: 1760000000,
  status: 'pending',
  attempts: 0,
  ...change,
})

const saved = () => JSON.parse(deviceStorage().getItem(KEY) ?? '[]') as OutboxItem[]

describe('outbox', () => {
  beforeEach(() => {
    deviceStorage().removeItem(KEY)
    useSession.getState().setSession({ status: 'signed-in', pubkey: ME, method: 'nip07' })
    useOutboxStore.getState().load(ME)
  })

  it('saves a draft on this device as soon as it is added, and drops it once sent', () => {
    useOutboxStore.getState().add(item('a'))
    expect(saved().map((i) => [i.id, i.text, i.status])).toEqual([['a', 'draft a', 'pending']])
    useOutboxStore.getState().update('a', { status: 'sent', relayCount: 2 })
    expect(deviceStorage().getItem(KEY)).toBeNull()
    expect(useOutboxStore.getState().items[0]).toMatchObject({ status: 'sent', relayCount: 2 })
  })

  it('after a reload, an interrupted send is pending again and a failed one stays failed', () => {
    useOutboxStore.getState().add(item('a', { status: 'sending', attempts: 1 }))
    useOutboxStore.getState().add(item('b', { status: 'failed', reason: 'blocked: spam' }))
    useOutboxStore.setState({ owner: undefined, items: [] })
    useOutboxStore.getState().load(ME)
    expect(useOutboxStore.getState().items.map((i) => [i.id, i.status, i.threadKey])).toEqual([
      ['a', 'pending', `${THEM}|${TICKET_A}`],
      ['b', 'failed', `${THEM}|${TICKET_A}`],
    ])
  })

  it('forgets every unsent draft on sign-out', () => {
    useOutboxStore.getState().add(item('a'))
    useSession.getState().setSession({ status: 'signed-out' })
    expect(deviceStorage().getItem(KEY)).toBeNull()
    expect(useOutboxStore.getState().items).toEqual([])
  })
})

describe('judging a delivery', () => {
  const target = { relays: [RELAY, 'wss://two.example.com'], source: 'dm-relays' as const }

  it('is sent when any relay took the recipient copy', () => {
    expect(
      judgeDelivery({
        recipient: {
          target,
          accepted: [RELAY],
          refused: [{ relay: 'wss://two.example.com', reason: 'Timeout: 8000ms' }],
        },
      }),
    ).toEqual({ status: 'sent', relayCount: 1, reason: undefined })
  })

  it('stays pending (to be sent again) when no relay answered', () => {
    expect(
      judgeDelivery({
        recipient: {
          target,
          accepted: [],
          refused: [
            { relay: RELAY, reason: 'Timeout: 8000ms' },
            { relay: 'wss://two.example.com', reason: 'no answer' },
          ],
        },
      }),
    ).toMatchObject({
      status: 'pending',
      reason: expect.stringMatching(/sent when a relay connects/),
    })
  })

  it('fails with the relay reason when a relay said no', () => {
    expect(
      judgeDelivery({
        recipient: {
          target,
          accepted: [],
          refused: [
            { relay: RELAY, reason: 'blocked: not on the allow list' },
            { relay: 'wss://two.example.com', reason: 'Timeout: 8000ms' },
          ],
        },
      }),
    ).toEqual({ status: 'failed', reason: `Refused by ${RELAY}: blocked: not on the allow list` })
  })
})
