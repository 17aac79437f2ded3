import { Link } from '@/components/router'
import type { ScamAsk } from '@/safety/scam-warning'

/**
 * The prominent warning shown with an incoming message that asks for seed words, keys, remote
 * access, a "verification" payment or installing something. Announced to screen readers.
 */
export function ScamAlert({ asks }: { asks: readonly ScamAsk[] }) {
  if (asks.length === 0) return null
  return (
    <div
      role="alert"
      className="rounded-xl border-2 border-red-600 bg-red-50 p-4 text-sm text-red-950 shadow-sm dark:border-red-500 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="flex items-center gap-2 font-bold">
        <span
          aria-hidden="true"
          className="grid size-6 shrink-0 place-items-center rounded-full bg-red-600 text-xs text-white"
        >
          !
        </span>
        Warning: this looks like a scam
      </p>
      <ul className="mt-2 space-y-2 leading-relaxed">
        {asks.map((ask) => (
          <li key={ask.kind}>{ask.message}</li>
        ))}
      </ul>
      <p className="mt-3">
        <Link
          to="/safety"
          className="font-semibold underline underline-offset-2 hover:no-underline"
        >
          How to get help without getting robbed
        </Link>
      </p>
    </div>
  )
}
