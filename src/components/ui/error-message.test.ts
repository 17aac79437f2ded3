import { describe, expect, it } from 'vitest'
import { errorMessage } from './error-message'

describe('errorMessage', () => {
  it('reads the message of an Error or a string', () => {
    expect(errorMessage(new Error('Relay refused the ticket'))).toBe('Relay refused the ticket')
    expect(errorMessage('No signer')).toBe('No signer')
  })

  it('never shows an empty or object message', () => {
    expect(errorMessage(new Error('  '))).toBe('An unexpected error happened.')
    expect(errorMessage({ code: 1 })).toBe('An unexpected error happened.')
    expect(errorMessage(undefined)).toBe('An unexpected error happened.')
  })
})
