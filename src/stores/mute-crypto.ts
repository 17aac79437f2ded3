import type { AppSigner } from '@/ndk/signer'
import type { MuteCrypto } from '@/nostr/mute-list'

/**
 * Plaintexts of mute-list private parts this tab encrypted or decrypted, by signer and
 * ciphertext: a remote signer answers over a relay (or asks the person), so each private part is
 * asked for once, and the part this app just encrypted is never sent back to be decrypted.
 * Memory only: the decrypted list is never written to the device.
 */
const known = new Map<string, Promise<string>>()

const once = (key: string, ask: () => Promise<string>): Promise<string> => {
  const found = known.get(key)
  if (found) return found
  const asked = ask()
  known.set(key, asked)
  asked.catch(() => known.delete(key))
  return asked
}

/** The signer's encryption to oneself, as src/nostr/mute-list.ts takes it. */
export const muteCryptoFor = (signer: AppSigner): MuteCrypto => {
  const self = signer.pubkey
  return {
    nip44Encrypt: async (plaintext) => {
      const ciphertext = await signer.nip44Encrypt(self, plaintext)
      known.set(`${self} ${ciphertext}`, Promise.resolve(plaintext))
      return ciphertext
    },
    nip44Decrypt: (ciphertext) =>
      once(`${self} ${ciphertext}`, () => signer.nip44Decrypt(self, ciphertext)),
    nip04Decrypt: (ciphertext) =>
      once(`${self} ${ciphertext}`, () => signer.nip04Decrypt(self, ciphertext)),
  }
}

/** Forgets every plaintext (signing out). */
export const forgetMutePlaintexts = (): void => known.clear()
