import { describe, expect, it } from 'vitest'
import { changedFields, profileFormProblem, profileFormValues } from './profile-form-values'

const shown = profileFormValues({
  pubkey: 'a'.repeat(64),
  name: 'sat',
  displayName: 'Satoshi',
  about: 'Nodes.',
  lud16: 'sat@wallet.example',
})

describe('the profile form', () => {
  it('shows the name people see, and empty fields for what is not set', () => {
    expect(shown).toEqual({
      name: 'Satoshi',
      picture: '',
      about: 'Nodes.',
      lud16: 'sat@wallet.example',
      nip05: '',
    })
  })

  it('sends only what the person changed; a cleared field is sent empty', () => {
    expect(changedFields(shown, { ...shown })).toEqual({})
    expect(changedFields(shown, { ...shown, about: 'Nodes. ', name: 'Sat N', lud16: '' })).toEqual({
      name: 'Sat N',
      lud16: '',
    })
  })

  it('names the field a problem is about', () => {
    expect(profileFormProblem({ picture: 'http://x.example/a.png' })?.field).toBe('picture')
    expect(profileFormProblem({ lud16: 'nope' })?.field).toBe('lud16')
    expect(profileFormProblem({ nip05: 'nope' })?.field).toBe('nip05')
    expect(profileFormProblem({ name: 'ok' })).toBeUndefined()
  })
})
