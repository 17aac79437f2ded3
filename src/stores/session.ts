import { create } from 'zustand'

/** How the person signed in: a browser extension (NIP-07) or a remote signer (NIP-46). */
export type SignInMethod = 'nip07' | 'nip46'

export type SessionStatus = 'restoring' | 'signed-out' | 'signing-in' | 'signed-in'

type SessionState = {
  status: SessionStatus
  /** The signed-in person's public key (hex). */
  pubkey?: string
  method?: SignInMethod
  /** The last sign-in problem, in plain words. */
  error?: string
  /** A page the remote signer asked the person to open (http(s) only), to approve this app. */
  authUrl?: string
}

type SessionActions = {
  /** Replaces the whole session state (used by src/ndk/session.ts). */
  setSession: (state: SessionState) => void
  /** Records a remote signer's approval page. */
  setAuthUrl: (url: string | undefined) => void
  /** Clears the last error message. */
  clearError: () => void
}

export const useSession = create<SessionState & SessionActions>()((set) => ({
  status: 'restoring',
  setSession: (state) =>
    set({
      status: state.status,
      pubkey: state.pubkey,
      method: state.method,
      error: state.error,
      authUrl: state.authUrl,
    }),
  setAuthUrl: (authUrl) => set({ authUrl }),
  clearError: () => set({ error: undefined }),
}))
