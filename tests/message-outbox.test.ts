import { beforeEach, describe, expect, it } from 'vitest'
import { deviceStorage } from '@/storage/device-storage'
import { judgeRecipientCopy } from '@/commands/message-outbox'
import type { PublishJob } from '@/stores/publish-outbox'
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

describe('judging a message by its recipient copy’s job', () => {
  const TWO = 'wss://two.example.com'
  const job = (relays: PublishJob['relays']): PublishJob => ({
    id: 'e'.repeat(64),
    owner: 'b'.repeat(64),
    event: {} as PublishJob['event'],
    label: 'A private message',
    relays,
    queuedAt: 0,
  })
  const waiting = { state: 'waiting' as const, attempts: 1, nextTryAt: 0, reason: 'Timeout' }

  it('is sent when any relay took the recipient copy', () => {
    expect(
      judgeRecipientCopy(
        job({ [RELAY]: { state: 'accepted', attempts: 1, nextTryAt: 0 }, [TWO]: waiting }),
      ),
    ).toEqual({ status: 'sent', relayCount: 1, reason: undefined })
  })

  it('stays pending (to be sent again) while no relay took it, even if one said no', () => {
    expect(
      judgeRecipientCopy(
        job({
          [RELAY]: { state: 'refused', attempts: 1, nextTryAt: 0, reason: 'blocked: no' },
          [TWO]: waiting,
        }),
      ),
    ).toMatchObject({
      status: 'pending',
      reason: expect.stringMatching(/sent when a relay connects/),
    })
  })

  it('fails with the relay’s reason when every relay refused it for good', () => {
    expect(
      judgeRecipientCopy(
        job({
          [RELAY]: {
            state: 'refused',
            attempts: 1,
            nextTryAt: 0,
            reason: 'blocked: not on the allow list',
          },
        }),
      ),
    ).toEqual({ status: 'failed', reason: `Refused by ${RELAY}: blocked: not on the allow list` })
  })
})
