/** A grey placeholder block shown while something loads. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-md bg-stone-200 dark:bg-stone-800 ${className}`}
    />
  )
}

/** Three placeholder cards for a list that is loading; `label` is what screen readers hear. */
export function ListSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3">
      {[0, 1, 2].map((row) => (
        <div
          key={row}
          className="rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
        >
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="mt-3 h-4 w-48" />
        </div>
      ))}
    </div>
  )
}
