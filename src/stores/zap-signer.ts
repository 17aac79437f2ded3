import type { ReadResult } from '@/nostr/read-result'
import type { LnurlPayRequest } from '@/wallet/lnurl'
import { fetchPayRequest } from '@/wallet/lnurl'
import { loadProfile } from './profile-loader'
import { useProfiles } from './profiles'
import type { ZapSigner } from './reviews'
import { useReviews } from './reviews'

/** How long a person's profile may take before their receipts are called unverifiable. */
const PROFILE_PATIENCE_MS = 8000

/**
 * Pay requests asked for in this session, by lightning address: each server is asked once,
 * however many people or badges need it (a failure is kept too: asked again after a reload).
 */
const payRequests = new Map<string, Promise<ReadResult<LnurlPayRequest>>>()

/** Forgets the pay requests asked for (tests). */
export const forgetPayRequests = (): void => payRequests.clear()

const payRequestOf = (address: string) => {
  const key = address.trim().toLowerCase()
  let asked = payRequests.get(key)
  if (!asked) {
    asked = fetchPayRequest(key).catch((error: unknown) => ({
      ok: false as const,
      reason: error instanceof Error ? error.message : String(error),
    }))
    payRequests.set(key, asked)
  }
  return asked
}

const set = (person: string, signer: ZapSigner) => {
  const known = useReviews.getState().zapSigners[person]
  if (JSON.stringify(known) !== JSON.stringify(signer))
    useReviews.getState().setZapSigner(person, signer)
}

/**
 * Finds who signs `person`'s zap receipts, but only once a receipt paying them arrived (a badge
 * of someone never zapped asks no server anything): their profile's lightning address, then its
 * server's `nostrPubkey`. No lightning address, or a server that does not answer or does not sign
 * zap receipts: `unverifiable`, and no receipt of theirs is counted. Shared by every caller
 * (counted references); returns the function that stops watching.
 */
export const watchZapSigner = (person: string): (() => void) => {
  let watcher = watchers.get(person)
  if (!watcher) {
    const stop = startWatching(person)
    const created = { refs: 0, stop }
    watchers.set(person, created)
    watcher = created
  }
  watcher.refs += 1
  const current = watcher
  let released = false
  return () => {
    if (released) return
    released = true
    current.refs -= 1
    if (current.refs > 0) return
    current.stop()
    watchers.delete(person)
  }
}

/** One watcher per person, however many reputations need their receipts checked. */
const watchers = new Map<string, { refs: number; stop: () => void }>()

const startWatching = (person: string): (() => void) => {
  let asking: string | undefined
  let patience: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const check = () => {
    if (stopped) return
    const receipts = useReviews.getState().zapReceipts[person]
    if (!receipts || Object.keys(receipts).length === 0) return
    const profile = useProfiles.getState().profiles[person]
    if (!profile) {
      loadProfile(person)
      if (!useReviews.getState().zapSigners[person]) set(person, { state: 'loading' })
      patience ??= setTimeout(() => {
        if (!useProfiles.getState().profiles[person])
          set(person, { state: 'unverifiable', reason: 'No profile of theirs was found.' })
      }, PROFILE_PATIENCE_MS)
      return
    }
    const address = profile.lud16?.trim()
    if (!address) {
      set(person, {
        state: 'unverifiable',
        reason: 'Their profile has no lightning address, so no server vouches for their zaps.',
      })
      return
    }
    if (asking === address) return
    asking = address
    set(person, { state: 'loading' })
    void payRequestOf(address).then((read) => {
      if (stopped || asking !== address) return
      set(
        person,
        read.ok
          ? {
              state: 'known',
              address: read.value.address,
              nostrPubkey: read.value.nostrPubkey,
              lnurl: read.value.lnurl,
            }
          : { state: 'unverifiable', reason: read.reason },
      )
    })
  }

  const stopReviews = useReviews.subscribe((state, before) => {
    if (state.zapReceipts[person] !== before.zapReceipts[person]) check()
  })
  const stopProfiles = useProfiles.subscribe((state, before) => {
    if (state.profiles[person] !== before.profiles[person]) check()
  })
  check()
  return () => {
    stopped = true
    clearTimeout(patience)
    stopReviews()
    stopProfiles()
  }
}
