import { useEffect, useState } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { formatSats } from '@/components/ui/format-sats'
import {
  invoiceForAnyWallet,
  payWithWebln,
  recordManualPayment,
  recordNotPaid,
} from '@/commands/manual-payment'
import { paidOutsideNwc } from '@/commands/payments'
import type { PayRequest } from '@/commands/payments'
import type { PaymentRequest } from '@/nostr/message-tags'
import type { Profile } from '@/nostr/profile'
import type { PaymentState } from '@/storage/payment-intents'
import { usePayments } from '@/stores/payments'
import { useWallet } from '@/stores/wallet'
import { browserWallet } from '@/wallet/webln'
import { InvoiceForAnyWallet } from './invoice-for-any-wallet'
import { PayConfirm } from './pay-confirm'
import { WeblnUnsettled } from './webln-unsettled'

type Props = {
  request: PaymentRequest
  /** Where the card says the payment stands (also "paid" from this person's receipt elsewhere). */
  state: PaymentState | undefined
  /** The invoice attached, or how to fetch one (a zap); undefined when there is neither. */
  invoice: PayRequest['invoice'] | undefined
  payee: string
  payeeProfile: Profile | undefined
  purpose: string
  ticket?: string
  subject?: string
}

const HOW_WEBLN = {
  invoice: 'the invoice they attached, paid from your browser’s lightning wallet (WebLN)',
  zap: 'a public zap to their lightning address, paid from your browser’s lightning wallet (WebLN)',
}

/**
 * For a payer with no wallet connected: connecting one stays the easy way; else the browser's
 * WebLN wallet (after the same confirmation), or the invoice for any wallet (QR code, copy, link)
 * and "I paid" with the proof. Nothing here for a paid request, nor for one whose outcome is
 * unknown — except settling that unknown when it was handed to WebLN or shown for any wallet.
 */
export function PayWithoutWallet(props: Props) {
  const { request, state, invoice, payee, purpose } = props
  const intent = usePayments((payments) => payments.intents[request.id])
  const walletReady = useWallet((wallet) => wallet.wallet.status === 'connected')
  const [shown, setShown] = useState<string>()
  const [problem, setProblem] = useState<string>()
  const [confirming, setConfirming] = useState(false)
  const [asking, setAsking] = useState(false)
  const webln = browserWallet() !== undefined
  const amount = formatSats(Math.floor(request.msats / 1000))
  const open = !walletReady && invoice !== undefined && (state === undefined || state === 'failed')
  const showAtOnce = open && !webln && typeof invoice === 'string'

  const payRequest = (): PayRequest | undefined =>
    invoice === undefined
      ? undefined
      : {
          id: request.id,
          invoice,
          amountMsats: request.msats,
          payee,
          purpose,
          ...(props.ticket ? { ticket: props.ticket } : {}),
          ...(props.subject ? { subject: props.subject } : {}),
        }

  const show = async () => {
    const asked = payRequest()
    if (!asked) return
    setProblem(undefined)
    const found = await invoiceForAnyWallet(asked)
    if (found.ok) setShown(found.value.invoice)
    else setProblem(found.reason)
  }

  // an attached invoice is shown at once (after its checks) when no browser wallet is offered
  useEffect(() => {
    if (showAtOnce) void show()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per invoice and state
  }, [showAtOnce, request.bolt11, state])

  const payInBrowser = async () => {
    const asked = payRequest()
    if (!asked) return
    setAsking(true)
    setConfirming(false)
    setProblem(undefined)
    const outcome = await payWithWebln(asked)
    setAsking(false)
    if (!outcome.ok) setProblem(outcome.problem)
  }

  const prove = async (preimage: string) => {
    const asked = intent ?? payRequest()
    const paidWith = intent?.invoice ?? shown
    if (!asked || !paidWith) return 'There is no invoice to check this proof against.'
    const outcome = await recordManualPayment(asked, paidWith, preimage)
    return outcome.ok ? undefined : outcome.problem
  }

  const notPaid = () => void recordNotPaid(request.id).then(() => setShown(undefined))

  const problemLine = problem && (
    <p role="alert" className="mt-2 text-xs font-medium text-red-800 dark:text-red-300">
      {problem}
    </p>
  )

  if (state === 'paid') return null
  if (state === 'paying' || state === 'checking') {
    if (!intent || !paidOutsideNwc(intent)) return null
    if (intent.route === 'manual')
      return (
        <InvoiceForAnyWallet
          invoice={intent.invoice}
          amount={amount}
          onProof={prove}
          onNotPaid={notPaid}
        />
      )
    return <WeblnUnsettled asking={asking} onProof={prove} onNotPaid={notPaid} />
  }
  if (!open) return null
  return (
    <div className="mt-3 space-y-3">
      <Link to="/wallet" className={buttonClass.secondary}>
        Connect a wallet to pay
      </Link>
      {webln && (
        <div>
          <button
            type="button"
            className={buttonClass.primary}
            disabled={asking}
            onClick={() => setConfirming(true)}
          >
            Pay with your browser wallet (WebLN)
          </button>
        </div>
      )}
      {shown ? (
        <InvoiceForAnyWallet invoice={shown} amount={amount} onProof={prove} />
      ) : (
        !showAtOnce && (
          <div>
            <button type="button" className={buttonClass.ghost} onClick={() => void show()}>
              Show the invoice for any wallet
            </button>
          </div>
        )
      )}
      {problemLine}
      <PayConfirm
        open={confirming}
        amount={amount}
        payee={props.payeeProfile}
        payeeKey={payee}
        purpose={purpose}
        how={HOW_WEBLN[typeof invoice === 'string' ? 'invoice' : 'zap']}
        busy={asking}
        onConfirm={() => void payInBrowser()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  )
}
