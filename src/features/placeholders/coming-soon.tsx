import type { ReactNode } from 'react'
import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import { useSession } from '@/stores/session'

type Props = {
  title: string
  /** One sentence: what this page is for. */
  intro: string
  /** What the page will let people do. */
  features: string[]
  /** Offer a sign-in link to signed-out people (the page will be about their own data). */
  needsSignIn?: boolean
  children?: ReactNode
}

/** A tidy "coming soon" page that says what will be here. */
export function ComingSoon({ title, intro, features, needsSignIn, children }: Props) {
  const signedIn = useSession((state) => state.status === 'signed-in')
  return (
    <>
      <PageHeading title={title} description={intro} />
      <section
        aria-labelledby="coming-soon-heading"
        className="rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900"
      >
        <p className="inline-block rounded-full bg-bitcoin/15 px-2.5 py-0.5 text-xs font-semibold text-amber-800 dark:text-amber-300">
          Coming soon
        </p>
        <h2 id="coming-soon-heading" className="mt-3 text-lg font-semibold">
          What you will find here
        </h2>
        <ul className="mt-3 space-y-2 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
          {features.map((feature) => (
            <li key={feature} className="flex gap-2">
              <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-bitcoin" />
              {feature}
            </li>
          ))}
        </ul>
        {children}
        <div className="mt-6 flex flex-wrap gap-2">
          {needsSignIn && !signedIn && (
            <Link to="/sign-in" className={buttonClass.primary}>
              Sign in to get ready
            </Link>
          )}
          <Link to="/" className={buttonClass.secondary}>
            Browse open tickets
          </Link>
        </div>
      </section>
    </>
  )
}
