import type { NostrEvent } from 'nostr-tools'
import { create } from 'zustand'
import { readMuteList } from '@/nostr/mute-list'
import type { Tag } from '@/nostr/tags'
import { isNewerVersion } from '@/nostr/versions'

/** What is known of a mute list's encrypted part. */
export type PrivatePart =
  | { state: 'none' }
  | { state: 'reading' }
  | { state: 'read'; items: Tag[] }
  /** The signer could not decrypt it, or it is not a list of tags: `reason` says which. */
  | { state: 'unreadable'; reason: string }

type MutesState = {
  /** Whose mute list this is (the signed-in person when it was loaded). */
  owner?: string
  /** The newest version of their NIP-51 mute list (kind 10000) seen: relays, device, just signed. */
  list?: NostrEvent
  privatePart: PrivatePart
  /** Everyone muted, publicly or privately (the private part once read). */
  muted: ReadonlySet<string>
  /** Muted privately, so a person's menu can say so. */
  mutedPrivately: ReadonlySet<string>
  /** The relays answered (or gave up) for `owner`. */
  loaded: boolean
}

type MutesActions = {
  /** Shows `list` as `owner`'s mute list, unless an equal or newer version is already shown. */
  showList: (owner: string, list: NostrEvent, privatePart: PrivatePart) => void
  /** Records what decrypting `listId`'s private part gave (ignored when another list is shown). */
  setPrivatePart: (listId: string, privatePart: PrivatePart) => void
  /** The relays answered for `owner` (with or without a list). */
  markLoaded: (owner: string) => void
  /** Forgets everything (signing out, or another person signing in). */
  reset: (owner?: string) => void
}

const EMPTY: ReadonlySet<string> = new Set()

const peopleOf = (list: NostrEvent | undefined, privatePart: PrivatePart) => {
  const read = list ? readMuteList(list) : undefined
  const publicPeople = read?.ok ? read.value.pubkeys : []
  const privatePeople =
    privatePart.state === 'read'
      ? privatePart.items.flatMap((tag) => (tag[0] === 'p' && tag[1] ? [tag[1]] : []))
      : []
  return {
    muted: new Set([...publicPeople, ...privatePeople]),
    mutedPrivately: new Set(privatePeople),
  }
}

/** The signed-in person's mute list and who it mutes: the one read model every screen uses. */
export const useMutes = create<MutesState & MutesActions>()((set) => ({
  privatePart: { state: 'none' },
  muted: EMPTY,
  mutedPrivately: EMPTY,
  loaded: false,
  showList: (owner, list, privatePart) =>
    set((state) => {
      const sameOwner = state.owner === owner
      if (list.pubkey !== owner) return state
      if (sameOwner && state.list) {
        const current = { id: state.list.id, createdAt: state.list.created_at }
        if (!isNewerVersion({ id: list.id, createdAt: list.created_at }, current)) return state
      }
      return {
        owner,
        list,
        privatePart,
        loaded: sameOwner && state.loaded,
        ...peopleOf(list, privatePart),
      }
    }),
  setPrivatePart: (listId, privatePart) =>
    set((state) =>
      state.list?.id === listId ? { privatePart, ...peopleOf(state.list, privatePart) } : state,
    ),
  markLoaded: (owner) => set((state) => (state.owner === owner ? { loaded: true } : state)),
  reset: (owner) =>
    set({
      owner,
      list: undefined,
      privatePart: { state: 'none' },
      muted: EMPTY,
      mutedPrivately: EMPTY,
      loaded: false,
    }),
}))

/** Everyone `viewer` muted (empty for anyone else, or nobody signed in). */
export const mutedBy = (
  state: Pick<MutesState, 'owner' | 'muted'>,
  viewer: string | undefined,
): ReadonlySet<string> => (viewer && state.owner === viewer ? state.muted : EMPTY)
