import type { ReactNode } from 'react'

type Props = { title: string; description?: ReactNode; actions?: ReactNode }

/** The h1 of a page with an optional line under it and actions on the right. */
export function PageHeading({ title, description, actions }: Props) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {description && (
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{description}</p>
        )}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </header>
  )
}
