import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { forgetSealingKeys, seal, unseal } from './sealed-box'

const alice = 'a'.repeat(64)
const bob = 'b'.repeat(64)
const words = 'nostr+walletconnect://wallet?secret=71a8c14c1407c113601079c4302dab36'

describe('sealed box', () => {
  it('seals text so that the stored bytes do not hold it, and opens it again', async () => {
    const sealed = await seal(alice, words)
    expect(new TextDecoder().decode(sealed.data)).not.toContain('walletconnect')
    expect(await unseal(alice, sealed)).toBe(words)
  })

  it('opens nothing with another person’s key, nor changed bytes', async () => {
    const sealed = await seal(alice, words)
    await seal(bob, 'bob’s own')
    expect(await unseal(bob, sealed)).toBeUndefined()
    const changed = new Uint8Array(sealed.data.slice(0))
    changed[0] = (changed[0] ?? 0) ^ 1
    expect(await unseal(alice, { iv: sealed.iv, data: changed.buffer })).toBeUndefined()
  })

  it('opens nothing once the keys are forgotten (sign-out), wherever the sealed bytes lie', async () => {
    const sealed = await seal(alice, words)
    await forgetSealingKeys()
    expect(await unseal(alice, sealed)).toBeUndefined()
  })
})
