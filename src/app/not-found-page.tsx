import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'

/** The friendly 404. */
export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-5xl font-black text-bitcoin">404</p>
      <h1 className="mt-4 text-2xl font-bold tracking-tight">This page is not here</h1>
      <p className="mt-2 text-sm leading-relaxed text-stone-600 dark:text-stone-400">
        The link may be mistyped, or the page was moved. Tickets live at addresses like
        /ticket/naddr1…, people at /p/npub1….
      </p>
      <div className="mt-6 flex justify-center gap-2">
        <Link to="/" className={buttonClass.primary}>
          Go to feed
        </Link>
        <Link to="/safety" className={buttonClass.secondary}>
          About this app
        </Link>
      </div>
    </div>
  )
}
