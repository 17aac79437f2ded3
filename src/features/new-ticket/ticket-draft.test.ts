import { describe, expect, it } from 'vitest'
import { memoryStorage } from '@/storage/device-storage'
import { DRAFT_KEY, clearTicketDraft, loadTicketDraft, saveTicketDraft } from './ticket-draft'
import type { TicketFormValues } from './ticket-form-values'

/** BIP-39 test vector (valid checksum). */
const MNEMONIC = 'legal winner thank year wave sausage worth useful legal winner thank yellow'
const TROUBLESHOOTER = 'a'.repeat(64)

const draft = (changes: Partial<TicketFormValues> = {}): TicketFormValues => ({
  title: 'Sparrow shows zero balance',
  description: 'I restored my wallet and it shows 0 sats.',
  topics: ['sparrow'],
  budget: '20000',
  ...changes,
})

describe('ticket draft', () => {
  it('keeps what was typed across a reload', () => {
    const storage = memoryStorage()
    const values = draft({ troubleshooter: TROUBLESHOOTER })
    expect(saveTicketDraft(storage, values)).toBe('saved')
    expect(loadTicketDraft(storage)).toEqual(values)
  })

  it('never writes a recovery phrase to storage, and keeps the last safe draft', () => {
    const storage = memoryStorage()
    saveTicketDraft(storage, draft())
    const stored = storage.getItem(DRAFT_KEY)
    const withSeed = draft({ description: `My words are ${MNEMONIC}, help` })
    expect(saveTicketDraft(storage, withSeed)).toBe('withheld')
    expect(storage.getItem(DRAFT_KEY)).toBe(stored)
    expect(storage.getItem(DRAFT_KEY)).not.toContain('sausage')
  })

  it('forgets an emptied form and a posted ticket', () => {
    const storage = memoryStorage()
    saveTicketDraft(storage, draft())
    expect(
      saveTicketDraft(storage, draft({ title: '', description: '', topics: [], budget: '' })),
    ).toBe('cleared')
    expect(storage.getItem(DRAFT_KEY)).toBeNull()
    saveTicketDraft(storage, draft())
    clearTicketDraft(storage)
    expect(loadTicketDraft(storage)).toBeUndefined()
  })

  it('reads a tampered draft without trusting odd fields', () => {
    const storage = memoryStorage()
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({ title: 7, description: 'ok', topics: ['tor', 3], troubleshooter: 'npub1x' }),
    )
    expect(loadTicketDraft(storage)).toEqual({
      title: '',
      description: 'ok',
      topics: ['tor'],
      budget: '',
    })
  })
})
