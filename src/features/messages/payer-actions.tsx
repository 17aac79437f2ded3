import { useEffect, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { formatSats } from '@/components/ui/format-sats'
import { PAYMENT_STATE_TONE, paymentStateWords } from '@/components/ui/payment-state'
import { loadIntent, payOnce, resumePayments } from '@/commands/payments'
import type { PayRequest } from '@/commands/payments'
import { fetchZapInvoiceFor } from '@/commands/zap-invoice'
import { restoreWallet } from '@/commands/wallet'
import { useProfile } from '@/hooks/use-profile'
import type { PaymentRequest } from '@/nostr/message-tags'
import { formatAddress } from '@/nostr/address'
import { useMarketplace } from '@/stores/marketplace'
import { usePayments } from '@/stores/payments'
import { useWallet } from '@/stores/wallet'
import { PayConfirm } from './pay-confirm'
import { PayWithoutWallet } from './pay-without-wallet'
import { useReceiptCheck } from '@/hooks/use-receipt-check'

/** How a request can be paid with the wallet: its attached invoice, else a zap, else not. */
const HOW: Record<'invoice' | 'zap', string> = {
  invoice: 'the invoice they attached, paid from your connected wallet (Nostr Wallet Connect)',
  zap: 'a public zap to their lightning address, paid from your connected wallet (Nostr Wallet Connect)',
}

type Props = {
  request: PaymentRequest
  payee: string
  purpose: string
  ticket?: string
  subject?: string
}

/**
 * For the payer: "Pay" opens a confirmation with the amount, who gets it, what it is for and how
 * it will be paid; only then is the wallet asked, and the card follows the payment (never "failed"
 * while the wallet has not said so). One payment per request, whatever is clicked or reloaded
 * (commands/payments.ts); a request this person paid from another device shows paid from their
 * own receipt, and offers no second payment.
 */
export function PayerActions({ request, payee, purpose, ticket, subject }: Props) {
  const intent = usePayments((state) => state.intents[request.id])
  const paidElsewhere = useReceiptCheck(request, 'sent').state === 'proven'
  const walletReady = useWallet((state) => state.wallet.status === 'connected')
  const profile = useProfile(payee)
  const offerEventId = useMarketplace((market) => market.offers[formatAddress(request.offer)]?.id)
  const lightningAddress = profile?.lud16
  const route = request.bolt11 ? 'invoice' : lightningAddress ? 'zap' : undefined
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()

  // what this device already did about the request shows at once; unknown outcomes are looked up
  useEffect(() => {
    void loadIntent(request.id)
    void restoreWallet().then(() => resumePayments())
  }, [request.id])

  const invoice = (): PayRequest['invoice'] | undefined => {
    if (request.bolt11) return request.bolt11
    if (!lightningAddress) return undefined
    return () =>
      fetchZapInvoiceFor({
        recipient: payee,
        lightningAddress,
        offer: request.offer,
        ...(offerEventId ? { offerEventId } : {}),
        amountMsats: request.msats,
        comment: purpose,
      })
  }

  const pay = async () => {
    const source = invoice()
    if (!source) return
    setBusy(true)
    setProblem(undefined)
    const outcome = await payOnce({
      id: request.id,
      invoice: source,
      amountMsats: request.msats,
      payee,
      purpose,
      ...(ticket ? { ticket } : {}),
      ...(subject ? { subject } : {}),
    })
    setBusy(false)
    setConfirming(false)
    if (!outcome.ok) setProblem(outcome.problem)
  }

  const state = paidElsewhere && intent?.state !== 'paid' ? 'paid' : intent?.state
  // once the wallet was asked the question is answered: the card says where the payment stands
  useEffect(() => {
    if (state === 'paying' || state === 'checking') setConfirming(false)
  }, [state])
  const canPay = route && (state === undefined || state === 'failed')
  return (
    <>
      {state && (
        <p role="status" className={`mt-2 font-semibold ${PAYMENT_STATE_TONE[state]}`}>
          {paymentStateWords(state, intent?.route)}
          {intent?.problem && state === 'failed' && (
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
      {!route && !state && (
        <p className="mt-2 text-xs text-stone-700 dark:text-stone-300">
          No invoice is attached, and they have no lightning address: ask them for an invoice.
        </p>
      )}
      {canPay && walletReady && (
        <button
          type="button"
          className={`${buttonClass.primary} mt-3`}
          onClick={() => setConfirming(true)}
        >
          {state === 'failed' ? 'Try again' : 'Pay'}
        </button>
      )}
      {/* no wallet connected: connect one, WebLN, or any wallet with the proof (and settling those) */}
      <PayWithoutWallet
        request={request}
        state={state}
        invoice={invoice()}
        payee={payee}
        payeeProfile={profile}
        purpose={purpose}
        {...(ticket ? { ticket } : {})}
        {...(subject ? { subject } : {})}
      />
      <PayConfirm
        open={confirming}
        amount={formatSats(Math.floor(request.msats / 1000))}
        payee={profile}
        payeeKey={payee}
        purpose={purpose}
        how={HOW[route ?? 'invoice']}
        busy={busy}
        onConfirm={() => void pay()}
        onCancel={() => setConfirming(false)}
      />
    </>
  )
}
