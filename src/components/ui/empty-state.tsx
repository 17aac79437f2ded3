import type { ReactNode } from 'react'

type Props = { icon?: ReactNode; title: string; children?: ReactNode; actions?: ReactNode }

/** A calm, centred message for "nothing here (yet)" screens. */
export function EmptyState({ icon, title, children, actions }: Props) {
  return (
    <div className="flex flex-col items-center rounded-2xl border border-dashed border-stone-300 px-6 py-12 text-center dark:border-stone-700">
      {icon && (
        <div className="mb-4 grid size-12 place-items-center rounded-full bg-bitcoin/15 text-bitcoin-dark dark:text-bitcoin">
          {icon}
        </div>
      )}
      <h2 className="text-lg font-semibold">{title}</h2>
      {children && (
        <div className="mt-2 max-w-md text-sm leading-relaxed text-stone-600 dark:text-stone-400">
          {children}
        </div>
      )}
      {actions && <div className="mt-5 flex flex-wrap justify-center gap-2">{actions}</div>}
    </div>
  )
}
