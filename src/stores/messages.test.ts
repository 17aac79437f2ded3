import { beforeEach, describe, expect, it } from 'vitest'
import type { ChatMessage } from '@/nostr/chat'
import { deviceStorage } from '@/storage/device-storage'
import { selectThread, selectUnreadTotal, useMessages } from './messages'
import { useSession } from './session'

const ME = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'
const THEM = '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d'
const TICKET = { kind: 32767, pubkey: ME, d: 'wallet-wont-sync' }
const TICKET_KEY = `${THEM}|32767:${ME}:wallet-wont-sync`
const PLAIN_KEY = `${THEM}|`

const message = (id: string, at: number, from: 'me' | 'them', ticket = true): ChatMessage => ({
  id: id.padEnd(64, '0'),
  sender: from === 'me' ? ME : THEM,
  recipient: from === 'me' ? THEM : ME,
  text: `message ${id}`,
  at,
  ...(ticket ? { ticket: TICKET } : {}),
})

const texts = (key: string) => selectThread(key)(useMessages.getState()).map((m) => m.text)

describe('messages store', () => {
  beforeEach(() => {
    deviceStorage().removeItem(`bt:read:${ME}`)
    useSession.getState().setSession({ status: 'signed-in', pubkey: ME, method: 'nip07' })
    useMessages.getState().reset(ME)
  })

  it('threads by counterpart and ticket, in rumor time order, without duplicates', () => {
    const { addMessages } = useMessages.getState()
    addMessages([message('c', 30, 'them'), message('a', 10, 'me'), message('p', 5, 'them', false)])
    addMessages([message('b', 20, 'them'), message('a', 10, 'me')])
    expect(texts(TICKET_KEY)).toEqual(['message a', 'message b', 'message c'])
    expect(texts(PLAIN_KEY)).toEqual(['message p'])
    expect(selectThread('nobody|')(useMessages.getState())).toBe(
      selectThread('other|')(useMessages.getState()),
    )
  })

  it('counts unread incoming messages and remembers what was read on this device', () => {
    const { addMessages, markRead } = useMessages.getState()
    addMessages([message('a', 10, 'me'), message('b', 20, 'them'), message('p', 5, 'them', false)])
    expect(selectUnreadTotal(useMessages.getState())).toBe(2)
    markRead(TICKET_KEY)
    expect(selectUnreadTotal(useMessages.getState())).toBe(1)
    // a message arriving in the same second as the last one read is still unread
    addMessages([message('d', 20, 'them')])
    expect(selectUnreadTotal(useMessages.getState())).toBe(2)

    useMessages.getState().reset(ME) // a reload
    useMessages.getState().addMessages([message('b', 20, 'them'), message('d', 20, 'them')])
    expect(selectUnreadTotal(useMessages.getState())).toBe(1)
  })

  it('forgets the messages on sign-out', () => {
    useMessages.getState().addMessages([message('b', 20, 'them')])
    useSession.getState().setSession({ status: 'signed-out' })
    expect(useMessages.getState()).toMatchObject({ owner: undefined, threads: {} })
  })
})
