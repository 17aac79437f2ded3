import { lazy, Suspense, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { CopyButton } from '@/components/ui/copy-button'
import { PaymentProofForm } from './payment-proof-form'

const InvoiceQr = lazy(() => import('./invoice-qr'))

type Props = {
  invoice: string
  /** The amount, written out ("2,100 sats"). */
  amount: string
  /** "I paid": checks the preimage and records the payment; resolves with why not, if not. */
  onProof: (preimage: string) => Promise<string | undefined>
  /** "I did not pay it", for an invoice that was kept as maybe paid (a fetched zap invoice). */
  onNotPaid?: () => void
}

/** The start and end of an invoice, enough to recognise it in a wallet. */
const shortInvoice = (invoice: string) =>
  invoice.length > 24 ? `${invoice.slice(0, 14)}…${invoice.slice(-8)}` : invoice

/**
 * The invoice for any lightning wallet: a QR code to scan, Copy, and a `lightning:` link that opens
 * a wallet app on this device; then "I paid" with the proof the wallet shows.
 */
export function InvoiceForAnyWallet({ invoice, amount, onProof, onNotPaid }: Props) {
  const [proving, setProving] = useState(false)
  return (
    <div className="mt-3 space-y-2 rounded-xl border border-amber-200 bg-white/70 p-3 dark:border-amber-900 dark:bg-stone-900/60">
      <p className="font-semibold">Pay from any lightning wallet</p>
      <Suspense fallback={<div className="size-[216px] rounded-xl bg-white" aria-hidden="true" />}>
        <InvoiceQr invoice={invoice} label={`QR code of the invoice for ${amount}`} />
      </Suspense>
      <p className="font-mono text-xs break-all text-stone-700 dark:text-stone-300">
        <span className="sr-only">Invoice: </span>
        {shortInvoice(invoice)}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={invoice} label="Copy invoice" className="min-h-9" />
        <a
          href={`lightning:${invoice}`}
          className="inline-flex min-h-9 items-center rounded-md border border-stone-300 px-2.5 text-xs font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Open in a wallet app
        </a>
      </div>
      <p className="text-xs text-stone-700 dark:text-stone-300">
        After paying, your wallet shows a “preimage” or “proof of payment”: paste it here so the
        troubleshooter gets proof.
      </p>
      {proving ? (
        <PaymentProofForm onProof={onProof} focus />
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass.primary} onClick={() => setProving(true)}>
            I paid
          </button>
          {onNotPaid && (
            <button type="button" className={buttonClass.ghost} onClick={onNotPaid}>
              I did not pay it
            </button>
          )}
        </div>
      )}
    </div>
  )
}
