import { create } from 'zustand'
import type { Profile } from '@/nostr/profile'

type ProfilesState = {
  /** Profiles (kind 0) loaded so far, by pubkey; each the newest seen. */
  profiles: Record<string, Profile>
  /** created_at of the kind 0 event each profile came from, to keep only the newest. */
  updatedAt: Record<string, number>
}

type ProfilesActions = {
  /** Stores a profile if it is newer than the one already known. */
  putProfile: (profile: Profile, createdAt: number) => void
}

export const useProfiles = create<ProfilesState & ProfilesActions>()((set) => ({
  profiles: {},
  updatedAt: {},
  putProfile: (profile, createdAt) =>
    set((state) => {
      const known = state.updatedAt[profile.pubkey]
      if (known !== undefined && known >= createdAt) return state
      return {
        profiles: { ...state.profiles, [profile.pubkey]: profile },
        updatedAt: { ...state.updatedAt, [profile.pubkey]: createdAt },
      }
    }),
}))
