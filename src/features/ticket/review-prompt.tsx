import { useEffect, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import type { DealReview } from '@/hooks/use-reviews'
import type { Address } from '@/nostr/address'
import type { Ticket } from '@/nostr/ticket'
import type { ReviewerRole } from './review-form'
import { ReviewForm } from './review-form'

/** "Not now" answers of this session (tab), by person and ticket: the question is not asked again. */
const notNowAnswers = new Set<string>()

type Props = {
  ticket: Ticket
  offer: Address
  role: ReviewerRole
  me: string
  /** The other party's name. */
  name: string
  /** My review of this deal, once known. */
  mine?: DealReview
  /** Still loading the deal's reviews: do not ask yet (a review may exist). */
  loading: boolean
  /** The ticket was closed on this page just now: move the focus to the question. */
  askNow?: boolean
}

/**
 * Asks a party of a closed deal to review the other: open at once while they have not (until
 * "Not now"), and later through "Review …" or "Edit your review". The form's heading takes the
 * focus when the person opens it, or when the Bitcoiner just closed the ticket.
 */
export function ReviewPrompt({ ticket, offer, role, me, name, mine, loading, askNow }: Props) {
  const key = `${me} ${ticket.pubkey}:${ticket.d}`
  const [notNow, setNotNow] = useState(() => notNowAnswers.has(key))
  const [editing, setEditing] = useState(false)
  const open = editing || (!loading && !mine && !notNow)
  const heading = useRef<HTMLHeadingElement>(null)
  const focusWanted = useRef(askNow === true)
  useEffect(() => {
    if (askNow) focusWanted.current = true
  }, [askNow])
  useEffect(() => {
    if (!open || !focusWanted.current) return
    focusWanted.current = false
    heading.current?.focus()
    heading.current?.scrollIntoView?.({ block: 'nearest' })
  }, [open])
  const start = () => {
    focusWanted.current = true
    setEditing(true)
  }

  if (!open) {
    return (
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {!mine && !loading && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            You have not reviewed {name} yet.
          </p>
        )}
        {!loading && (
          <button type="button" className={buttonClass.secondary} onClick={start}>
            {mine ? 'Edit your review' : `Review ${name}`}
          </button>
        )}
      </div>
    )
  }
  const why =
    role === 'bitcoiner'
      ? 'It helps other Bitcoiners choose whom to trust, and it counts in their reputation because you accepted their offer.'
      : 'It helps troubleshooters choose whom to help, and it counts because your offer was accepted.'
  return (
    <div className="mt-3 rounded-xl bg-bitcoin/5 p-4 ring-1 ring-bitcoin/30 sm:p-5">
      <h3 ref={heading} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        {mine ? `Edit your review of ${name}` : `How did it go with ${name}?`}
      </h3>
      <p className="mt-1 mb-4 text-sm text-stone-600 dark:text-stone-400">
        {why} {mine ? 'Your new review replaces the old one everywhere.' : ''}
      </p>
      <ReviewForm
        ticket={ticket}
        offer={offer}
        role={role}
        name={name}
        existing={mine}
        onDone={() => setEditing(false)}
        onCancel={() => {
          setEditing(false)
          if (mine) return
          notNowAnswers.add(key)
          setNotNow(true)
        }}
        cancelLabel={mine ? 'Cancel' : 'Not now'}
      />
    </div>
  )
}
