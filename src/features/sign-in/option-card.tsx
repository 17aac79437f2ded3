import type { ReactNode } from 'react'

type Props = {
  id: string
  title: string
  description: ReactNode
  /** A plain-words problem with this way of signing in, shown (and announced) in the card. */
  error?: string
  children: ReactNode
}

/** One way of signing in: a titled card with a short explanation, its controls and its error. */
export function OptionCard({ id, title, description, error, children }: Props) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{description}</p>
      <div className="mt-4">{children}</div>
      {error && (
        <p
          role="alert"
          id={`${id}-error`}
          data-testid={`${id}-error`}
          className="mt-3 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100"
        >
          {error}
        </p>
      )}
    </section>
  )
}
