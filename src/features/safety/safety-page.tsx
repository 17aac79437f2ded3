import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import { SAFETY_RULES } from './safety-rules'

/** /safety — how to stay safe, and what this app is. */
export default function SafetyPage() {
  return (
    <>
      <PageHeading title="Safety & about" description="Read this before you ask anyone for help." />
      <section aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="sr-only">
          Safety rules
        </h2>
        <ol className="space-y-3">
          {SAFETY_RULES.map((rule, index) => (
            <li
              key={rule.title}
              className="flex gap-4 rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
            >
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
          <Link to="/" className={buttonClass.primary}>
            Browse tickets
          </Link>
          <Link to="/sign-in" className={buttonClass.secondary}>
            Sign in
          </Link>
        </div>
      </section>
    </>
  )
}
