import { Link } from '@/components/router'
import { PersonChip } from '@/components/ui/person-chip'

type Props = {
  troubleshooter?: string
  onRemove: () => void
}

/** The troubleshooter this ticket asks directly (its `p` tag), removable; or how to pick one. */
export function DirectRequestField({ troubleshooter, onRemove }: Props) {
  if (!troubleshooter) {
    return (
      <p className="text-xs leading-relaxed text-stone-500 dark:text-stone-400">
        Want one troubleshooter in particular? Find them in{' '}
        <Link to="/troubleshooters" className="font-semibold underline underline-offset-2">
          Troubleshooters
        </Link>{' '}
        and choose Request help.
      </p>
    )
  }
  return (
    <section aria-labelledby="direct-request-heading">
      <h2 id="direct-request-heading" className="text-sm font-semibold">
        Asking directly
      </h2>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-stone-200 bg-stone-50 p-3 dark:border-stone-800 dark:bg-stone-950">
        <PersonChip
          pubkey={troubleshooter}
          size="md"
          className="min-w-0 flex-1 text-sm font-semibold"
        />
        <button
          type="button"
          onClick={onRemove}
          className="rounded-md px-2 py-1 text-xs font-semibold text-stone-600 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          Remove
        </button>
      </div>
      <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        They are told about your ticket. Others can still see it and make offers.
      </p>
    </section>
  )
}
