import { useId } from 'react'

type Props = {
  label: string
  /** The figure as people read it: "92 %", "25", "1,200 sats", "—". */
  value: string
  /** How it is computed, in one or two plain sentences. */
  how: string
}

/** One reputation figure, with its "how this is computed" one tap away. */
export function ReputationFigure({ label, value, how }: Props) {
  const id = useId()
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <dt id={`${id}-label`} className="text-xs font-medium text-stone-500 dark:text-stone-400">
        {label}
      </dt>
      <dd className="mt-0.5">
        <span className="text-xl font-bold tabular-nums">{value}</span>
        <details className="group mt-1 text-xs text-stone-600 dark:text-stone-400">
          <summary
            aria-describedby={`${id}-label`}
            className="cursor-pointer list-none font-medium text-amber-800 select-none hover:underline dark:text-amber-300 [&::-webkit-details-marker]:hidden"
          >
            <span
              aria-hidden="true"
              className="inline-block transition-transform group-open:rotate-90"
            >
              ›
            </span>{' '}
            How is this computed?
          </summary>
          <p className="mt-1 leading-relaxed">{how}</p>
        </details>
      </dd>
    </div>
  )
}
