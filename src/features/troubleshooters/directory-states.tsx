import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'

/** Grey cards while the relays answer. */
export function DirectorySkeleton() {
  return (
    <div aria-hidden="true" className="grid gap-4 md:grid-cols-2">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="rounded-2xl border border-stone-200 p-5 dark:border-stone-800">
          <div className="flex items-center gap-2">
            <Skeleton className="size-9 rounded-full" />
            <Skeleton className="h-4 w-32" />
          </div>
          <Skeleton className="mt-4 h-5 w-3/4" />
          <Skeleton className="mt-2 h-4 w-40" />
          <Skeleton className="mt-4 h-12 w-full" />
        </div>
      ))}
    </div>
  )
}

type EmptyProps = { filtered: boolean; signedIn: boolean; onClear: () => void }

/** Nobody matches the filter, or nobody has published a card on these relays yet. */
export function DirectoryEmpty({ filtered, signedIn, onClear }: EmptyProps) {
  if (filtered) {
    return (
      <EmptyState
        icon="?"
        title="No troubleshooter matches"
        actions={
          <>
            <button type="button" className={buttonClass.secondary} onClick={onClear}>
              Show everyone
            </button>
            <Link to="/new" className={buttonClass.primary}>
              Post a ticket for all
            </Link>
          </>
        }
      >
        Nobody lists this topic, or they are away. A ticket reaches every troubleshooter.
      </EmptyState>
    )
  }
  return (
    <EmptyState
      icon="₿"
      title="No troubleshooters on your relays yet"
      actions={
        <>
          <Link to="/new" className={buttonClass.primary}>
            Post a ticket
          </Link>
          <Link
            to={signedIn ? '/troubleshooters?edit=me' : '/sign-in'}
            className={buttonClass.secondary}
          >
            {signedIn ? 'Create your card' : 'Sign in to offer help'}
          </Link>
        </>
      }
    >
      Troubleshooters publish a card with their expertise and rate. You can add more relays on the
      Relays page, or be the first.
    </EmptyState>
  )
}
