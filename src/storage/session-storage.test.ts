import { describe, expect, it } from 'vitest'
import {
  clearDeviceSecrets,
  readStoredSession,
  SESSION_STORAGE_KEY,
  writeStoredSession,
  type StoredSession,
} from './session-storage'
import { memoryStorage } from './device-storage'

const remote: StoredSession = {
  method: 'nip46',
  pubkey: '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f',
  bunkerPubkey: '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d',
  relays: ['wss://relay.nsec.app'],
  clientSecretKey: '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b',
}

describe('session persistence', () => {
  it('remembers a remote-signer session across a reload', () => {
    const storage = memoryStorage()
    writeStoredSession(storage, remote)
    expect(readStoredSession(storage)).toEqual(remote)
  })

  it('remembers an extension session by pubkey only', () => {
    const storage = memoryStorage()
    writeStoredSession(storage, { method: 'nip07', pubkey: remote.pubkey })
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '')).toEqual({
      method: 'nip07',
      pubkey: remote.pubkey,
    })
  })

  it('treats a tampered or partial session as no session', () => {
    const storage = memoryStorage()
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ ...remote, clientSecretKey: 'nsec1…' }))
    expect(readStoredSession(storage)).toBeUndefined()
    storage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ ...remote, relays: ['https://x.example'] }),
    )
    expect(readStoredSession(storage)).toBeUndefined()
    storage.setItem(SESSION_STORAGE_KEY, '{')
    expect(readStoredSession(storage)).toBeUndefined()
  })
})

describe('clearDeviceSecrets', () => {
  it('removes the session, signer and wallet secrets and keeps settings', () => {
    const storage = memoryStorage()
    writeStoredSession(storage, remote)
    storage.setItem('bt:secret:nip46-client', 'aa')
    storage.setItem('bt:nwc', 'nostr+walletconnect://…')
    storage.setItem('bt:nwc:8a77', 'nostr+walletconnect://…')
    storage.setItem('bt:session:pending', '{}')
    storage.setItem('bt:relays', '["wss://nos.lol"]')
    storage.setItem('bt:theme', 'dark')
    clearDeviceSecrets(storage)
    const left = Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort()
    expect(left).toEqual(['bt:relays', 'bt:theme'])
  })
})
