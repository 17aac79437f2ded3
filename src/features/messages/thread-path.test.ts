import { describe, expect, it } from 'vitest'
import { threadPath } from '@/components/ui/thread-path'
import { readCounterpartParam, readTicketParam } from './thread-path'

const ALICE = '7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e'
const BOB = 'ee11a5dff40c19a555f41fe42b48f00e618c91225622ae37b6c2bb67b76c4e49'
const ALICE_NPUB = 'npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg'

describe('threadPath', () => {
  it('names the person by npub and the ticket by naddr, which read back the same', () => {
    const path = threadPath(ALICE, `32767:${BOB}:wallet-help`)
    const url = new URL(path, 'https://bt.example')
    expect(url.pathname).toBe(`/messages/${ALICE_NPUB}`)
    expect(url.searchParams.get('ticket')).toMatch(/^naddr1/)
    expect(readTicketParam(url.searchParams.get('ticket'))).toEqual({
      ok: true,
      value: `32767:${BOB}:wallet-help`,
    })
    expect(readCounterpartParam(ALICE_NPUB)).toEqual({ ok: true, value: ALICE })
  })

  it('has no ticket part for threads without a ticket', () => {
    expect(threadPath(ALICE)).toBe(`/messages/${ALICE_NPUB}`)
    expect(readTicketParam(null)).toEqual({ ok: true, value: undefined })
  })

  it('refuses damaged keys and addresses of other kinds', () => {
    expect(readCounterpartParam('npub1xyz').ok).toBe(false)
    const offerLink = new URL(threadPath(ALICE, `32768:${BOB}:offer`), 'https://bt.example')
    expect(offerLink.search).toBe('')
    expect(readTicketParam('naddr1qqq').ok).toBe(false)
  })
})
