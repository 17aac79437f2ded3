import { useEffect } from 'react'
import { loadProfile } from '@/stores/profile-loader'
import type { Profile } from '@/nostr/profile'
import { useProfiles } from '@/stores/profiles'

/** A person's profile (kind 0), loaded on first use; undefined until it arrives (or if none). */
export const useProfile = (pubkey: string | undefined): Profile | undefined => {
  const profile = useProfiles((state) => (pubkey ? state.profiles[pubkey] : undefined))
  useEffect(() => {
    if (pubkey) loadProfile(pubkey)
  }, [pubkey])
  return profile
}
