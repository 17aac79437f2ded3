import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import { GUIDE, RED_FLAGS } from './safety-guide'
import { SAFETY_RULES } from './safety-rules'

const card =
  'rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900'

/** /safety — a plain guide for Bitcoiners on getting help without getting robbed, and what this app is. */
export default function SafetyPage() {
  return (
    <>
      <PageHeading
        title="Get help without getting robbed"
        description="A short guide for Bitcoiners. Read it before you ask anyone for help."
      />
      <section aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-lg font-semibold">
          The five rules
        </h2>
        <ol className="space-y-3">
          {SAFETY_RULES.map((rule, index) => (
            <li key={rule.title} className={`flex gap-4 ${card}`}>
              <span
                aria-hidden="true"
                className="grid size-8 shrink-0 place-items-center rounded-full bg-bitcoin/15 text-sm font-bold text-amber-800 dark:text-amber-300"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="font-semibold">{rule.title}</h3>
                <p className="mt-1 text-sm leading-relaxed text-stone-600 dark:text-stone-400">
                  {rule.body}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="red-flags-heading" className="mt-10">
        <h2 id="red-flags-heading" className="text-lg font-semibold">
          Red flags: what scammers say, and the truth
        </h2>
        <ul className="mt-3 space-y-3">
          {RED_FLAGS.map((flag) => (
            <li
              key={flag.ask}
              className="rounded-2xl border border-red-200 bg-red-50/60 p-4 text-sm dark:border-red-900/70 dark:bg-red-950/30"
            >
              <p className="font-semibold text-red-900 dark:text-red-200">{flag.ask}</p>
              <p className="mt-1 leading-relaxed text-stone-700 dark:text-stone-300">
                {flag.truth}
              </p>
            </li>
          ))}
        </ul>
      </section>

      {GUIDE.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`} className="mt-10">
          <h2 id={`${section.id}-heading`} className="text-lg font-semibold">
            {section.title}
          </h2>
          {section.intro && (
            <p className="mt-2 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
              {section.intro}
            </p>
          )}
          <ul className="mt-3 list-disc space-y-2 pl-5 text-sm leading-relaxed text-stone-700 marker:text-bitcoin dark:text-stone-300">
            {section.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="about-heading" className="mt-10">
        <h2 id="about-heading" className="text-lg font-semibold">
          What is Bitcoin Troubleshoot?
        </h2>
        <div className="mt-3 space-y-3 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
          <p>
            The decentralized customer-support network of bitcoin. Bitcoiners stuck with their
            self-custody setup post tickets; troubleshooters answer with offers priced in sats; the
            Bitcoiner picks one, they talk in encrypted messages, and the Bitcoiner pays lightning
            invoices from their own wallet.
          </p>
          <p>
            Everything travels over nostr relays. There is no company server in the middle, no
            account to create and no custody of funds. This app never creates or stores your private
            key: you sign in with a browser extension or a remote signer.
          </p>
          <p>
            Tickets, offers and reviews are public and work with other nostr apps such as SatShoot.
            Messages are end-to-end encrypted.
          </p>
        </div>
        <div className="mt-6 flex flex-wrap gap-2">
          <Link to="/new" className={buttonClass.primary}>
            Post a ticket
          </Link>
          <Link to="/" className={buttonClass.secondary}>
            Browse tickets
          </Link>
        </div>
      </section>
    </>
  )
}
