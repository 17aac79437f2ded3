import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { fieldClass } from '@/components/ui/form-styles'
import { formatSats } from '@/components/ui/format-sats'
import { requestPayment } from '@/commands/billing'
import { restoreWallet } from '@/commands/wallet'
import type { WorkSummary } from '@/nostr/work-log'
import { useWallet } from '@/stores/wallet'
import { paymentPresets, paymentPurpose } from './payment-presets'
import type { Deal } from './use-deal'

type Props = {
  id: string
  deal: Deal
  summary: WorkSummary
  onCancel: () => void
  /** The request is in the outbox (it is sent, or waits for a relay). */
  onSent: (sats: number) => void
}

/** Whether my wallet can attach an invoice, and why not in plain words. */
const useInvoiceAbility = (): { able: boolean; why: string } => {
  const wallet = useWallet((state) => state.wallet)
  // the wallet kept on this device reconnects when it is needed, here
  useEffect(() => void restoreWallet(), [])
  if (wallet.status === 'connected')
    return wallet.info.methods.includes('make_invoice')
      ? { able: true, why: 'Your wallet makes an invoice for this amount.' }
      : { able: false, why: 'Your wallet connection does not allow making invoices.' }
  if (wallet.status === 'connecting') return { able: false, why: 'Reaching your wallet…' }
  if (wallet.status === 'unreachable') return { able: false, why: wallet.problem }
  return { able: false, why: 'No wallet is connected.' }
}

/**
 * "Request payment": an amount (the logged time not yet requested, or the fixed price or what is
 * left of it, or another amount, e.g. a part), what it is for, and optionally an invoice from my
 * own wallet. Send makes one payment-request message.
 */
export function RequestPaymentForm({ id, deal, summary, onCancel, onSent }: Props) {
  const presets = useMemo(
    () => paymentPresets(deal.offer.pricing, summary),
    [deal.offer.pricing, summary],
  )
  const firstUsable = presets.findIndex((preset) => preset.sats > 0)
  const [choice, setChoice] = useState<number | 'custom'>(firstUsable >= 0 ? firstUsable : 'custom')
  const [custom, setCustom] = useState('')
  const invoice = useInvoiceAbility()
  const [attach, setAttach] = useState(true)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const uid = useId()
  const firstField = useRef<HTMLInputElement>(null)

  useEffect(() => firstField.current?.focus(), [])

  const preset = choice === 'custom' ? undefined : presets[choice]
  const customSats = /^\d{1,10}$/.test(custom.trim()) ? Number(custom.trim()) : undefined
  const sats = preset ? preset.sats : (customSats ?? 0)
  const minutes = preset?.minutes
  const purpose = paymentPurpose(deal.thread.title, minutes)

  const send = async () => {
    if (sats < 1) {
      setProblem('Enter an amount of at least 1 sat.')
      return
    }
    setBusy(true)
    setProblem(undefined)
    const result = await requestPayment({
      thread: deal.thread,
      msats: sats * 1000,
      ...(minutes ? { minutes } : {}),
      attachInvoice: attach && invoice.able,
    })
    setBusy(false)
    if (result.ok) onSent(sats)
    else setProblem(result.reason)
  }

  return (
    <form
      id={id}
      aria-label="Request payment"
      className="mt-3 space-y-3 border-t border-stone-200 pt-3 dark:border-stone-800"
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      onSubmit={(event) => {
        event.preventDefault()
        void send()
      }}
    >
      <fieldset className="space-y-2">
        <legend className={fieldClass.label}>Amount</legend>
        {presets.map((option, index) => (
          <label key={option.kind} className="flex items-start gap-2">
            <input
              ref={index === firstUsable ? firstField : undefined}
              type="radio"
              name={`${uid}-amount`}
              className="mt-1 accent-bitcoin"
              checked={choice === index}
              disabled={option.sats === 0}
              onChange={() => setChoice(index)}
            />
            <span>
              {option.label}
              {option.empty && <span className={fieldClass.hint}> {option.empty}</span>}
            </span>
          </label>
        ))}
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2">
            <input
              ref={firstUsable < 0 ? firstField : undefined}
              type="radio"
              name={`${uid}-amount`}
              className="accent-bitcoin"
              checked={choice === 'custom'}
              onChange={() => setChoice('custom')}
            />
            Another amount
          </label>
          <label htmlFor={`${uid}-sats`} className="sr-only">
            Amount in sats
          </label>
          <span className="inline-flex items-center gap-2">
            <span className="w-32">
              <input
                id={`${uid}-sats`}
                inputMode="numeric"
                autoComplete="off"
                placeholder="e.g. 5000"
                value={custom}
                onFocus={() => setChoice('custom')}
                onChange={(event) => setCustom(event.target.value)}
                className={fieldClass.input}
              />
            </span>
            <span className="text-stone-500 dark:text-stone-400">sats</span>
          </span>
        </div>
      </fieldset>
      <p className="text-stone-700 dark:text-stone-300">
        <span className="font-semibold">For: </span>
        {purpose}
      </p>
      <div>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="accent-bitcoin"
            checked={attach && invoice.able}
            disabled={!invoice.able}
            aria-describedby={`${uid}-invoice`}
            onChange={(event) => setAttach(event.target.checked)}
          />
          Attach an invoice from my wallet
        </label>
        <p id={`${uid}-invoice`} className={fieldClass.hint}>
          {invoice.why}{' '}
          {!invoice.able && (
            <>
              <Link to="/wallet" className="underline">
                Wallet page
              </Link>
              .{' '}
            </>
          )}
          Without one, the Bitcoiner pays you another way, such as your lightning address.
        </p>
      </div>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={buttonClass.ghost} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={buttonClass.primary} disabled={busy || sats < 1}>
          {busy ? 'Sending…' : `Send request for ${formatSats(sats)}`}
        </button>
      </div>
    </form>
  )
}
