import { useEffect, useState } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { displayName } from '@/components/ui/display-name'
import { formatSats } from '@/components/ui/format-sats'
import { PAYMENT_STATE_TONE, PAYMENT_STATE_WORDS } from '@/components/ui/payment-state'
import { loadIntent, payOnce, resumePayments } from '@/commands/payments'
import { restoreWallet } from '@/commands/wallet'
import { useProfile } from '@/hooks/use-profile'
import type { PaymentRequest } from '@/nostr/message-tags'
import { usePayments } from '@/stores/payments'
import { useWallet } from '@/stores/wallet'

type Props = {
  request: PaymentRequest
  /** Who asks to be paid (hex pubkey). */
  from: string
  /** The request is mine (I asked): no Pay button. */
  mine: boolean
  /** What the thread is about (the ticket's title). */
  subject?: string
}

/**
 * A payment request in a thread. For the payer: "Pay" opens a confirmation with the amount, who
 * gets it, what it is for and how it will be paid; only then is the wallet asked, and the card
 * follows the payment (never "failed" while the wallet has not said so). One payment per request,
 * whatever is clicked or reloaded (commands/payments.ts).
 */
export function PaymentRequestCard({ request, from, mine, subject }: Props) {
  const payeeName = displayName(from, useProfile(from))
  const intent = usePayments((state) => state.intents[request.id])
  const walletReady = useWallet((state) => state.wallet.status === 'connected')
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const sats = Math.floor(request.msats / 1000)
  const purpose = [subject ?? 'Troubleshooting', request.minutes ? `${request.minutes} min` : '']
    .filter(Boolean)
    .join(' — ')

  // what this device already did about the request shows at once; unknown outcomes are looked up
  useEffect(() => {
    if (mine) return
    void loadIntent(request.id)
    void restoreWallet().then(() => resumePayments())
  }, [mine, request.id])

  const pay = async () => {
    if (!request.bolt11) return
    setBusy(true)
    setProblem(undefined)
    const outcome = await payOnce({
      id: request.id,
      invoice: request.bolt11,
      amountMsats: request.msats,
      payee: from,
      purpose,
    })
    setBusy(false)
    setConfirming(false)
    if (!outcome.ok) setProblem(outcome.problem)
  }

  const state = intent?.state
  const canPay = !mine && request.bolt11 && (state === undefined || state === 'failed')
  return (
    <section
      aria-label={`Payment request: ${formatSats(sats)}`}
      className="w-full max-w-[min(24rem,85%)] rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm text-stone-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-stone-100"
    >
      <p className="text-xs font-semibold tracking-wide text-amber-900 uppercase dark:text-amber-300">
        {mine ? 'You asked to be paid' : 'Payment request'}
      </p>
      <p className="mt-1 text-xl font-bold tabular-nums">{formatSats(sats)}</p>
      <p className="mt-0.5 text-stone-700 dark:text-stone-300">{purpose}</p>
      {state && (
        <p role="status" className={`mt-2 font-semibold ${PAYMENT_STATE_TONE[state]}`}>
          {PAYMENT_STATE_WORDS[state]}
          {intent?.problem && (
            <span className="block text-xs font-normal text-stone-700 dark:text-stone-300">
              {intent.problem}
            </span>
          )}
        </p>
      )}
      {problem && (
        <p role="alert" className="mt-2 text-xs font-medium text-red-800 dark:text-red-300">
          {problem}
        </p>
      )}
      {!mine && !request.bolt11 && (
        <p className="mt-2 text-xs text-stone-700 dark:text-stone-300">
          No invoice is attached to this request yet.
        </p>
      )}
      {canPay &&
        (walletReady ? (
          <button
            type="button"
            className={`${buttonClass.primary} mt-3`}
            onClick={() => setConfirming(true)}
          >
            {state === 'failed' ? 'Try again' : 'Pay'}
          </button>
        ) : (
          <Link to="/wallet" className={`${buttonClass.secondary} mt-3`}>
            Connect a wallet to pay
          </Link>
        ))}
      <ConfirmDialog
        open={confirming}
        title={`Pay ${formatSats(sats)}?`}
        body={
          <dl className="space-y-1">
            <div>
              <dt className="inline font-semibold">To: </dt>
              <dd className="inline">{payeeName}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">For: </dt>
              <dd className="inline">{purpose}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">How: </dt>
              <dd className="inline">
                the invoice they attached, paid from your connected wallet (Nostr Wallet Connect)
              </dd>
            </div>
          </dl>
        }
        confirmLabel={`Pay ${formatSats(sats)}`}
        busy={busy}
        onConfirm={() => void pay()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  )
}
