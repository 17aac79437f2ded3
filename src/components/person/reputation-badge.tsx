import { npubEncode } from 'nostr-tools/nip19'
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from '@/components/router'
import { usePersonReputation } from '@/hooks/use-person-reputation'
import type { PersonReputation } from '@/nostr/reputation-person'
import { reputationSummary } from '@/nostr/reputation-summary'

type Role = 'troubleshooter' | 'bitcoiner'

type Props = {
  pubkey: string
  /** The role the person appears in here: an offer's author is a troubleshooter. */
  role: Role
  className?: string
}

/** The "how" sentences behind the badge's line, for the role it is shown in. */
const howOf = (reputation: PersonReputation, role: Role): string[] => {
  if (reputation.newcomer) return [reputation.newcomerNote ?? '']
  const side = role === 'troubleshooter' ? reputation.asTroubleshooter : reputation.asBitcoiner
  const deals =
    role === 'troubleshooter' ? reputation.asTroubleshooter.dealsWon : reputation.asBitcoiner.deals
  return side.positiveShare.value === undefined
    ? [deals.how, side.verifiedReviews.how]
    : [side.positiveShare.how, side.verifiedReviews.how]
}

const tones = {
  newcomer:
    'bg-sky-50 text-sky-900 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-900',
  known:
    'bg-stone-100 text-stone-700 ring-stone-300 dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700',
}

/**
 * A person's track record in one line ("92 % positive, 25 verified reviews", or "Newcomer"), for
 * wherever they appear; a tap opens how it is computed and a link to their profile. Shows nothing
 * while the first answers are loading, so nobody is called a newcomer too early.
 */
export function ReputationBadge({ pubkey, role, className = '' }: Props) {
  const view = usePersonReputation(pubkey)
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLSpanElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  if (!view || (view.status === 'loading' && view.reputation.newcomer)) return null
  const { reputation } = view
  const summary = reputationSummary(reputation, role)
  const who = role === 'troubleshooter' ? 'as troubleshooter' : 'as Bitcoiner'
  return (
    <span
      ref={box}
      className={`relative inline-flex ${className}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          setOpen(false)
        }
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className={`inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
          reputation.newcomer ? tones.newcomer : tones.known
        }`}
      >
        <span className="sr-only">Reputation {who}: </span>
        <span className="truncate">{summary}</span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 shrink-0 opacity-60">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M8 7v4.5M8 4.6v.1"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
      </button>
      {open && (
        <span
          id={panelId}
          role="note"
          className="absolute top-full left-0 z-20 mt-1 block w-72 max-w-[80vw] rounded-xl border border-stone-200 bg-white p-3 text-left text-xs leading-relaxed font-normal text-stone-700 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300"
        >
          {howOf(reputation, role).map((sentence) => (
            <span key={sentence} className="mb-1.5 block">
              {sentence}
            </span>
          ))}
          <Link
            to={`/p/${npubEncode(pubkey)}`}
            className="font-semibold text-amber-800 underline dark:text-amber-300"
          >
            Every figure on their profile
          </Link>
        </span>
      )}
    </span>
  )
}
