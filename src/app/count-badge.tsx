/** A red count pill with a spoken label: nothing when the count is zero, "99+" past 99. */
export function CountBadge({
  count,
  label,
  className = '',
}: {
  count: number
  label: string
  className?: string
}) {
  if (count === 0) return null
  return (
    <span
      role="status"
      aria-label={label}
      className={`inline-grid min-w-5 place-items-center rounded-full bg-red-600 px-1.5 text-[0.7rem] leading-5 font-bold text-white tabular-nums ${className}`}
    >
      {count > 99 ? '99+' : count}
    </span>
  )
}
