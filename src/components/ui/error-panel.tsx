import { Link } from '@/components/router'
import { buttonClass } from './button-styles'

type Props = {
  title?: string
  /** What went wrong, in words a person can read. */
  message: string
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void
}

/** A full-width error with the two ways out: try again, or go back to the ticket feed. */
export function ErrorPanel({ title = 'Something went wrong', message, onRetry }: Props) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-12 text-center">
      <div className="mx-auto mb-4 grid size-12 place-items-center rounded-full bg-red-100 text-xl text-red-700 dark:bg-red-950 dark:text-red-300">
        !
      </div>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm leading-relaxed [overflow-wrap:anywhere] text-stone-600 dark:text-stone-400">
        {message}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        {onRetry && (
          <button type="button" className={buttonClass.primary} onClick={onRetry}>
            Try again
          </button>
        )}
        <Link to="/" className={buttonClass.secondary}>
          Go to feed
        </Link>
      </div>
    </div>
  )
}
