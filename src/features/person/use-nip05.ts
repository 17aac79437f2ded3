import { useCallback, useEffect, useState } from 'react'
import type { Nip05Check } from '@/ndk/nip05'
import { checkNip05 } from '@/ndk/nip05'

/** Where the NIP-05 check of one address stands: still asking, or what it found. */
export type Nip05State = { status: 'checking' } | Nip05Check

/** Checks `nip05` for `pubkey` against its domain (once a session); `recheck` asks again. */
export const useNip05 = (nip05: string | undefined, pubkey: string) => {
  const [state, setState] = useState<{ key: string; check: Nip05State }>()
  const [round, setRound] = useState(0)
  const key = nip05 ? `${nip05} ${pubkey}` : undefined
  useEffect(() => {
    if (!nip05 || !key) return
    let current = true
    void checkNip05(nip05, pubkey, { fresh: round > 0 }).then((check) => {
      if (current) setState({ key, check })
    })
    return () => {
      current = false
    }
  }, [nip05, pubkey, key, round])
  const recheck = useCallback(() => {
    setState(undefined)
    setRound((n) => n + 1)
  }, [])
  const check: Nip05State | undefined =
    key === undefined ? undefined : state?.key === key ? state.check : { status: 'checking' }
  return { check, recheck }
}
