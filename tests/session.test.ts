import { describe, expect, it } from 'vitest'
import { signInWithBunker, signOut } from '@/commands/session'
import { writeStoredSession } from '@/storage/session-storage'
import { deviceStorage } from '@/storage/device-storage'
import { useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'

const PERSON = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'

describe('session store', () => {
  it('starts as restoring, before the saved session is looked at', () => {
    expect(useSession.getState().status).toBe('restoring')
  })

  it('signing out forgets the person and every secret kept on this device', () => {
    const storage = deviceStorage()
    writeStoredSession(storage, {
      method: 'nip46',
      pubkey: PERSON,
      bunkerPubkey: '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d',
      relays: ['wss://relay.nsec.app'],
      clientSecretKey: '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b',
    })
    storage.setItem('bt:nwc:' + PERSON, 'nostr+walletconnect://…')
    storage.setItem('bt:relays', '["wss://nos.lol"]')
    useSession.getState().setSession({ status: 'signed-in', pubkey: PERSON, method: 'nip46' })
    useRelays.getState().setUserRelayList({ read: [], write: ['wss://outbox.example.com'] })

    signOut()

    expect(useSession.getState()).toMatchObject({ status: 'signed-out', pubkey: undefined })
    expect(storage.getItem('bt:session')).toBeNull()
    expect(storage.getItem('bt:nwc:' + PERSON)).toBeNull()
    expect(storage.getItem('bt:relays')).toBe('["wss://nos.lol"]')
    expect(useRelays.getState().userList).toBeUndefined()
  })

  it('a pasted non-bunker text leaves the person signed out with a clear reason', async () => {
    await expect(signInWithBunker('hello')).resolves.toBe(false)
    expect(useSession.getState().status).toBe('signed-out')
    expect(useSession.getState().error).toMatch(/^That is not a bunker URI/)
  })
})

describe('remote signer approval pages', () => {
  it('keeps only plain http(s) links', async () => {
    const { readAuthUrl } = await import('@/commands/session')
    expect(readAuthUrl('https://nsec.app/approve?req=42')).toBe('https://nsec.app/approve?req=42')
    expect(readAuthUrl('javascript:alert(document.cookie)')).toBeUndefined()
    expect(
      readAuthUrl('nostr:npub1sg6plzptd64u62a878hep2kev88swjh3tw00gjsfl8f237lmu63q0uf63m'),
    ).toBeUndefined()
    expect(readAuthUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(readAuthUrl(42)).toBeUndefined()
  })
})
