import { useEffect, useRef, useState } from 'react'
import { PageHeading } from '@/components/ui/page-heading'
import {
  signInWithBunker,
  signInWithExtension,
  signOut,
  startNostrConnect,
  type PendingNostrConnect,
} from '@/commands/session'
import { useSession } from '@/stores/session'
import { AuthUrlNotice } from './auth-url-notice'
import { BunkerOption } from './bunker-option'
import { ExtensionOption } from './extension-option'
import { NostrConnectOption } from './nostr-connect-option'
import { SignedInCard } from './signed-in-card'

type Choice = 'extension' | 'bunker' | 'nostrconnect'

/** Sign in with an extension, a bunker URI or a signer app; or see who is signed in and sign out. */
export default function SignInPage() {
  const { status, pubkey, method, error, authUrl } = useSession()
  const [choice, setChoice] = useState<Choice>()
  const [pairing, setPairing] = useState<PendingNostrConnect>()
  const pairingRef = useRef<PendingNostrConnect>(undefined)
  const busy = status === 'signing-in'

  const stopPairing = () => {
    pairingRef.current?.cancel()
    pairingRef.current = undefined
    setPairing(undefined)
  }
  // leaving the page stops waiting for a signer app
  useEffect(() => {
    const pending = pairingRef
    return () => pending.current?.cancel()
  }, [])
  useEffect(() => {
    if (status !== 'signing-in' && pairingRef.current) {
      pairingRef.current = undefined
      setPairing(undefined)
    }
  }, [status])

  const begin = (next: Choice) => {
    stopPairing()
    useSession.getState().clearError()
    setChoice(next)
  }
  const errorFor = (which: Choice) =>
    choice === which && status !== 'signing-in' ? error : undefined

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading
        title={status === 'signed-in' ? 'Your account' : 'Sign in'}
        description="Use the nostr signer you already have. You can browse tickets without signing in."
      />
      <p className="sr-only" aria-live="polite">
        {busy ? 'Signing in…' : status === 'signed-in' ? 'Signed in.' : ''}
      </p>
      {authUrl && busy && (
        <div className="mb-4">
          <AuthUrlNotice url={authUrl} />
        </div>
      )}
      {status === 'signed-in' && pubkey ? (
        <SignedInCard pubkey={pubkey} method={method} onSignOut={signOut} />
      ) : status === 'restoring' ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">Checking for a saved sign-in…</p>
      ) : (
        <div className="flex flex-col gap-4">
          <ExtensionOption
            busy={busy && choice === 'extension'}
            disabled={busy}
            error={errorFor('extension')}
            onUse={() => {
              begin('extension')
              void signInWithExtension()
            }}
          />
          <BunkerOption
            busy={busy && choice === 'bunker'}
            disabled={busy}
            error={errorFor('bunker')}
            onConnect={(uri) => {
              begin('bunker')
              void signInWithBunker(uri)
            }}
          />
          <NostrConnectOption
            uri={pairing?.uri}
            disabled={busy}
            error={errorFor('nostrconnect')}
            onStart={() => {
              begin('nostrconnect')
              const next = startNostrConnect()
              pairingRef.current = next
              setPairing(next)
            }}
            onCancel={stopPairing}
          />
        </div>
      )}
      <p className="mt-6 rounded-xl bg-stone-100 p-4 text-sm text-stone-700 dark:bg-stone-900 dark:text-stone-300">
        <strong className="font-semibold">Your key stays with you.</strong> Bitcoin Troubleshoot
        never asks for your private key (nsec) and never stores it: your extension or signer app
        signs each action and can refuse. Signing out removes everything this device kept for your
        session.
      </p>
    </div>
  )
}
