import { useState } from 'react'
import { withdrawOffer } from '@/commands/offers'
import { LazyMarkdown } from '@/components/markdown/lazy-markdown'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { PublishState } from '@/components/ui/publish-state'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { Offer } from '@/nostr/offer'
import type { OfferStatus } from '@/nostr/offer-status'
import type { Ticket } from '@/nostr/ticket'
import { MessageLink } from './message-link'
import { OfferForm } from './offer-form'
import { OfferByline, OfferTimes } from './offer-meta'
import { OfferStatusBadge } from './offer-status-badge'
import { useCommand } from '@/hooks/use-command'

type Props = { ticket: Ticket; offer: Offer; status: OfferStatus }

const STATUS_LINE: Record<OfferStatus, string> = {
  pending: 'The Bitcoiner has not chosen yet. You can change or withdraw your offer until then.',
  won: 'Your offer was accepted: you are the troubleshooter on this ticket.',
  lost: 'The Bitcoiner accepted another offer.',
}

/** A troubleshooter's own offer on this ticket, with Edit (while Pending) and Withdraw. */
export function MyOfferPanel({ ticket, offer, status }: Props) {
  const [editing, setEditing] = useState(false)
  const [withdrawing, setWithdrawing] = useState(false)
  const command = useCommand()
  const editable = status === 'pending' && ticket.status === 'new'

  const withdraw = async () => {
    const ok = await command.run(() => withdrawOffer(offer), 'Your offer was withdrawn.')
    if (ok) setWithdrawing(false)
  }

  return (
    <section
      aria-labelledby="my-offer-heading"
      className="rounded-2xl border border-bitcoin/50 bg-bitcoin/5 p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id="my-offer-heading" className="font-semibold">
          Your offer
        </h3>
        <OfferStatusBadge status={status} />
      </div>
      <p role="status" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {STATUS_LINE[status]}
      </p>
      <PublishState eventId={offer.id} what="your offer" />
      {editing ? (
        <div className="mt-4">
          <OfferForm
            ticket={ticket}
            offer={offer}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <>
          <div className="mt-4">
            <OfferByline offer={offer} />
          </div>
          <LazyMarkdown
            text={offer.coverLetter}
            shortenedBy={offer.coverLetterCut}
            className="mt-3 text-sm"
          />
          <div className="mt-3">
            <OfferTimes offer={offer} />
          </div>
          <div className="mt-4 flex flex-wrap gap-2">
            {status !== 'lost' && <MessageLink person={ticket.pubkey} ticket={ticket.address} />}
            {editable && (
              <button
                type="button"
                className={buttonClass.secondary}
                onClick={() => setEditing(true)}
              >
                Edit
              </button>
            )}
            {status !== 'won' && (
              <button
                type="button"
                className={`${buttonClass.ghost} text-red-700 dark:text-red-400`}
                onClick={() => {
                  command.clearError()
                  setWithdrawing(true)
                }}
              >
                Withdraw
              </button>
            )}
          </div>
        </>
      )}
      <ConfirmDialog
        open={withdrawing}
        title="Withdraw your offer?"
        body={
          <>
            <p>
              A deletion request (NIP-09) goes to your relays and the Bitcoiner no longer sees your
              offer here. You can make a new offer while the ticket is New.
            </p>
            {command.error && (
              <div className="mt-3">
                <Alert tone="error" title="The offer was not withdrawn">
                  {command.error}
                </Alert>
              </div>
            )}
          </>
        }
        confirmLabel="Withdraw offer"
        danger
        busy={command.busy}
        onConfirm={() => void withdraw()}
        onCancel={() => setWithdrawing(false)}
      />
    </section>
  )
}
