import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { deviceStorage } from '@/storage/device-storage'
import { useMessages, threadKeyOf } from '@/stores/messages'
import { useOutboxStore } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { whenWordlistsReady } from '@/safety/wordlists'
import { checkDraftText } from './message-draft'
import { sendMessage } from './message-outbox'
import { recentOwnTexts } from './recent-own-messages'

const ME = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'
const THEM = '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d'
const OTHER = '3284bae4a1b693dfbe8ac67400e4891f3b53681c5159a315561051f3d2c57139'
// BIP-39 test vector "legal winner thank year wave sausage worth useful legal winner thank yellow"
const PIECES = ['legal winner thank year', 'wave sausage worth useful', 'legal winner thank yellow']
const message = (id: string, sender: string, recipient: string, text: string, at: number) => ({
  id,
  sender,
  recipient,
  text,
  at,
})

beforeAll(() => whenWordlistsReady())

beforeEach(() => {
  deviceStorage().removeItem(`bt:outbox:${ME}`)
  useSession.getState().setSession({ status: 'signed-in', pubkey: ME, method: 'nip07' })
  useMessages.getState().reset(ME)
  useOutboxStore.getState().load(ME)
})

describe('recentOwnTexts', () => {
  it("gives the person's own last texts in the thread, oldest first, sent or still queued", () => {
    useMessages
      .getState()
      .addMessages([
        message('1'.repeat(64), ME, THEM, 'first', 100),
        message('2'.repeat(64), THEM, ME, 'their reply', 101),
        message('3'.repeat(64), ME, OTHER, 'another thread', 102),
        message('4'.repeat(64), ME, THEM, 'second', 103),
      ])
    useOutboxStore.getState().add({
      id: '5'.repeat(64),
      recipient: THEM,
      text: 'still pending',
      threadKey: threadKeyOf(THEM),
      createdAt: 104,
      status: 'pending',
      attempts: 0,
    })
    expect(recentOwnTexts(threadKeyOf(THEM))).toEqual(['first', 'second', 'still pending'])
    expect(recentOwnTexts(threadKeyOf(THEM), 2)).toEqual(['second', 'still pending'])
  })
})

describe('a recovery phrase sent in pieces', () => {
  beforeEach(() => {
    useMessages
      .getState()
      .addMessages([
        message('1'.repeat(64), ME, THEM, PIECES[0]!, 100),
        message('2'.repeat(64), ME, THEM, PIECES[1]!, 101),
      ])
  })

  it('is refused at the piece that completes it, and nothing is queued', () => {
    const result = sendMessage({ recipient: THEM, text: PIECES[2]! })
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain('earlier messages')
    expect(useOutboxStore.getState().items).toEqual([])
  })

  it('is not a reason to refuse the same words in another thread', () => {
    expect(checkDraftText(PIECES[2]!, recentOwnTexts(threadKeyOf(OTHER)))).toBeUndefined()
  })
})
