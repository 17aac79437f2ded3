import { sha256 } from '@noble/hashes/sha2.js'
import { describe, expect, it } from 'vitest'
import { sha256FirstByte } from './short-sha256'

describe('sha256FirstByte', () => {
  it('agrees with @noble/hashes on every length from 0 to 55 bytes', () => {
    let seed = 99
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff
    for (let length = 0; length <= 55; length++) {
      for (let round = 0; round < 20; round++) {
        const message = Uint8Array.from({ length }, next)
        expect(sha256FirstByte(message), `${length} bytes`).toBe(sha256(message)[0])
      }
    }
  })
})
