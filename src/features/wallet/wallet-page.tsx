import { useEffect } from 'react'
import { Link } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeading } from '@/components/ui/page-heading'
import { ListSkeleton } from '@/components/ui/skeleton'
import { resumePayments } from '@/commands/payments'
import { restoreWallet } from '@/commands/wallet'
import { useSession } from '@/stores/session'
import { useWallet } from '@/stores/wallet'
import { ConnectForm } from './connect-form'
import { WalletCard } from './wallet-card'

/** /wallet — connect a lightning wallet with Nostr Wallet Connect (NIP-47). */
export default function WalletPage() {
  const pubkey = useSession((state) => (state.status === 'signed-in' ? state.pubkey : undefined))
  const wallet = useWallet((state) => state.wallet)

  const connected = wallet.status === 'connected'

  useEffect(() => {
    if (pubkey) void restoreWallet()
  }, [pubkey])
  // payments whose outcome a reload left unknown are looked up as soon as the wallet is there
  useEffect(() => {
    if (connected) void resumePayments()
  }, [connected])

  return (
    <>
      <PageHeading
        title="Wallet"
        description="Pay troubleshooters from your own lightning wallet, with nothing in between."
      />
      {!pubkey ? (
        <EmptyState
          icon={<span aria-hidden="true">⚡</span>}
          title="Sign in to connect a wallet"
          actions={
            <Link to="/sign-in" className={buttonClass.primary}>
              Sign in
            </Link>
          }
        >
          Your wallet connection is kept for your account, on this device only.
        </EmptyState>
      ) : wallet.status === 'connected' ? (
        <>
          <WalletCard
            info={wallet.info}
            balanceMsats={wallet.balanceMsats}
            balanceProblem={wallet.balanceProblem}
          />
          <p className="mt-4">
            <Link to="/payments" className={buttonClass.secondary}>
              See your payments
            </Link>
          </p>
        </>
      ) : wallet.status === 'connecting' ? (
        <ListSkeleton label="Reaching your wallet" />
      ) : (
        <div className="space-y-4">
          {wallet.status === 'unreachable' && (
            <Alert
              tone="warning"
              title="Your wallet did not answer"
              actions={
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => void restoreWallet()}
                >
                  Try again
                </button>
              }
            >
              {wallet.problem}
            </Alert>
          )}
          <section className="rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
            <h2 className="text-lg font-semibold">Connect a wallet</h2>
            <p className="mt-1 mb-4 text-sm text-stone-600 dark:text-stone-400">
              Nostr Wallet Connect lets this app ask your wallet to pay an invoice — only after you
              confirm the amount, who gets it and what it is for.
            </p>
            <ConnectForm />
          </section>
        </div>
      )}
    </>
  )
}
