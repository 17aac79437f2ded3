import { useState } from 'react'
import { Link } from '@/components/router'
import { dismissSafetyCard, safetyCardDismissed } from './safety-card-storage'

const RULES = [
  'Never share your seed words or private keys. No troubleshooter needs them.',
  'Never install software or open files you were sent. Get wallets from their official sites.',
  'Pay only what the accepted offer says, and only for the work done.',
]

/** The short safety card shown on the first thread a person opens, until they dismiss it. */
export function SafetyCard() {
  const [dismissed, setDismissed] = useState(safetyCardDismissed)
  if (dismissed) return null
  return (
    <section
      aria-labelledby="safety-card-title"
      className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <h2 id="safety-card-title" className="font-semibold">
        Before you start: three rules that keep your bitcoin safe
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
        {RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          className="rounded-lg bg-amber-900 px-3 py-1.5 text-sm font-semibold text-amber-50 hover:bg-amber-800 dark:bg-amber-200 dark:text-amber-950 dark:hover:bg-amber-100"
          onClick={() => {
            dismissSafetyCard()
            setDismissed(true)
          }}
        >
          Got it
        </button>
        <Link to="/safety" className="font-semibold underline underline-offset-2">
          Read the full safety guide
        </Link>
      </div>
    </section>
  )
}
