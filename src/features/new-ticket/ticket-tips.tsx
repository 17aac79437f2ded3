import { Link } from '@/components/router'

const good = [
  'Your device and model (a Coldcard Mk4, a Raspberry Pi 4 with Umbrel…).',
  'Software and versions: wallet, firmware, node, operating system.',
  'What you wanted to do, what happened instead, and what you already tried.',
  'Any error message, copied word for word.',
]

const never = [
  'Your seed words (recovery phrase), not even a few of them',
  'Private keys, xprv, WIF or nsec keys',
  'Your passphrase or PIN',
  'Photos or scans of your backups',
  'How much bitcoin you hold',
]

/** What makes a good ticket, and what never to put in one. Shown beside the form. */
export function TicketTips() {
  return (
    <aside aria-label="Tips for a good ticket" className="space-y-4 text-sm">
      <section className="rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h2 className="font-semibold">A good ticket says</h2>
        <ul className="mt-2 space-y-1.5 leading-relaxed text-stone-700 dark:text-stone-300">
          {good.map((tip) => (
            <li key={tip} className="flex gap-2">
              <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-bitcoin" />
              {tip}
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded-2xl border border-red-200 bg-red-50 p-4 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100">
        <h2 className="font-semibold">Never include</h2>
        <ul className="mt-2 space-y-1.5 leading-relaxed">
          {never.map((item) => (
            <li key={item} className="flex gap-2">
              <span aria-hidden="true" className="font-bold text-red-600 dark:text-red-400">
                ×
              </span>
              {item}
            </li>
          ))}
        </ul>
        <p className="mt-3 leading-relaxed">
          Tickets are public. No real troubleshooter ever asks for your secrets: anyone who does is
          trying to steal from you.{' '}
          <Link to="/safety" className="font-semibold underline underline-offset-2">
            How to stay safe
          </Link>
        </p>
      </section>
    </aside>
  )
}
