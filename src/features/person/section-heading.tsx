import type { ReactNode } from 'react'

/** The small uppercase heading of a profile section, with an optional count or note beside it. */
export function SectionHeading({
  id,
  children,
  aside,
}: {
  id: string
  children: ReactNode
  aside?: ReactNode
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-sm font-semibold tracking-wide text-stone-500 uppercase">
        {children}
      </h2>
      {aside && <span className="text-xs text-stone-500">{aside}</span>}
    </div>
  )
}
