import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { sendOffer, updateOffer } from '@/commands/offers'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { formatSats } from '@/components/ui/format-sats'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { checkForSecrets } from '@/safety/secrets-guard'
import { CoverLetterField } from './cover-letter-field'
import type { OfferDraft } from './offer-draft'
import {
  draftFromOffer,
  emptyDraft,
  offerDraftRules,
  readKeptOfferDraft,
  readOfferDraft,
} from './offer-draft'
import { useCommand } from '@/hooks/use-command'
import { useKeptDraft } from '@/hooks/use-kept-draft'
import { formatAddress } from '@/nostr/address'
import { deviceStorage } from '@/storage/device-storage'
import { draftKey, readDraft } from '@/storage/drafts'
import { useSession } from '@/stores/session'

type Props = {
  ticket: Ticket
  /** The offer being edited; a new offer when left out. */
  offer?: Offer
  onDone?: () => void
  onCancel?: () => void
}

const input =
  'block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm tabular-nums shadow-xs focus:border-bitcoin focus:outline-none dark:border-stone-700 dark:bg-stone-950'

/** Make an offer (or change one): a fixed price or a per-minute rate, and a cover letter. */
export function OfferForm({ ticket, offer, onDone, onCancel }: Props) {
  const id = useId()
  const me = useSession((state) => state.pubkey)
  // a new offer's draft is kept on this device (per person and ticket) until it is sent
  const keptKey = !offer && me ? draftKey('offer', me, formatAddress(ticket.address)) : undefined
  const [draft, setDraft] = useState<OfferDraft>(() => {
    if (offer) return draftFromOffer(offer)
    const kept = keptKey ? readKeptOfferDraft(readDraft(deviceStorage(), keptKey)) : undefined
    return kept ?? emptyDraft()
  })
  const kept = useKeptDraft(keptKey, draft, offerDraftRules)
  const [problem, setProblem] = useState<string>()
  const command = useCommand()
  const change = (patch: Partial<OfferDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
    setProblem(undefined)
  }
  const perMinute = draft.mode === 'per-minute'
  const rate = Number(draft.amount.replace(/[,_\s]/g, ''))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const read = readOfferDraft(draft)
    if (!read.ok) return setProblem(read.reason)
    if (checkForSecrets(read.value.coverLetter).verdict === 'block')
      return setProblem('Remove the secret from your cover letter first (see above).')
    const ok = await command.run(
      () => (offer ? updateOffer(offer, read.value) : sendOffer(ticket, read.value)),
      offer ? 'Your offer was updated.' : 'Your offer was sent.',
    )
    if (!ok) return
    kept.forget()
    onDone?.()
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="space-y-4"
      aria-label={offer ? 'Edit your offer' : 'Make an offer'}
    >
      <fieldset>
        <legend className="text-sm font-semibold">Pricing</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {(['fixed', 'per-minute'] as const).map((mode) => (
            <label
              key={mode}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 py-2 text-sm has-checked:border-bitcoin has-checked:bg-bitcoin/10 dark:border-stone-700"
            >
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode}
                checked={draft.mode === mode}
                onChange={() => change({ mode })}
                className="accent-bitcoin"
              />
              {mode === 'fixed' ? 'Fixed price' : 'Per minute'}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-amount`} className="text-sm font-semibold">
          {perMinute ? 'Rate (sats per minute)' : 'Price (sats)'}
        </label>
        <input
          id={`${id}-amount`}
          inputMode={perMinute ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={draft.amount}
          onChange={(event) => change({ amount: event.target.value })}
          aria-describedby={`${id}-amount-hint`}
          className={`${input} mt-2 max-w-xs`}
        />
        <p id={`${id}-amount-hint`} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
          {perMinute
            ? rate > 0 && Number.isFinite(rate)
              ? `= ${formatSats(Math.round(rate * 60))} per hour. You are paid for the minutes you work.`
              : 'You are paid for the minutes you work; the rate is also shown per hour.'
            : ticket.budget !== undefined
              ? `The Bitcoiner's budget is ${formatSats(ticket.budget)}.`
              : 'One price for the whole job.'}
        </p>
      </div>
      <CoverLetterField
        value={draft.coverLetter}
        onChange={(coverLetter) => change({ coverLetter })}
      />
      {(problem || command.error) && (
        <Alert tone="error" title={problem ? 'Check your offer' : 'Your offer was not sent'}>
          {problem ?? command.error}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={command.busy}
          aria-busy={command.busy}
          className={buttonClass.primary}
        >
          {command.busy ? 'Sending…' : offer ? 'Save offer' : 'Send offer'}
        </button>
        {onCancel && (
          <button
            type="button"
            disabled={command.busy}
            className={buttonClass.secondary}
            onClick={onCancel}
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
