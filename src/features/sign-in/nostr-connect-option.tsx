import { lazy, Suspense } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { CopyButton } from '@/components/ui/copy-button'
import { OptionCard } from './option-card'

const NostrConnectQr = lazy(() => import('./nostr-connect-qr'))

type Props = {
  /** The nostrconnect:// URI being shown, while the app waits for a signer app. */
  uri?: string
  disabled: boolean
  error?: string
  onStart: () => void
  onCancel: () => void
}

/** Sign in by scanning a nostrconnect:// QR code (or opening the link) with a signer app. */
export function NostrConnectOption({ uri, disabled, error, onStart, onCancel }: Props) {
  return (
    <OptionCard
      id="sign-in-nostrconnect"
      title="Signer app on your phone"
      description="Scan a code with Amber, nsec.app or another NIP-46 signer app, then approve there."
      error={error}
    >
      {!uri ? (
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={disabled}
          onClick={onStart}
        >
          Connect a signer app
        </button>
      ) : (
        <div className="flex flex-col gap-3" data-testid="nostrconnect-pending">
          <Suspense
            fallback={
              <div className="size-[232px] animate-pulse rounded-xl bg-stone-200 dark:bg-stone-800" />
            }
          >
            <NostrConnectQr uri={uri} />
          </Suspense>
          <label htmlFor="nostrconnect-uri" className="text-sm font-medium">
            Connection link
          </label>
          <div className="flex items-center gap-2">
            <input
              id="nostrconnect-uri"
              readOnly
              value={uri}
              onFocus={(event) => event.target.select()}
              className="min-w-0 flex-1 truncate rounded-lg border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs dark:border-stone-700 dark:bg-stone-950"
            />
            <CopyButton text={uri} label="Copy link" />
          </div>
          <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
            Waiting for your signer app…
          </p>
          <div>
            <button type="button" className={buttonClass.ghost} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </OptionCard>
  )
}
