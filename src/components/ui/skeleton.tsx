/** A grey placeholder block shown while something loads. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-md bg-stone-200 dark:bg-stone-800 ${className}`}
    />
  )
}
