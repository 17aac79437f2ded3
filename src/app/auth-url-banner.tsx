import { useLocation } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { useSession } from '@/stores/session'

/** The page as a plain http(s) URL, or undefined: nothing else is ever offered as a link. */
const httpUrl = (value: string | undefined): URL | undefined => {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * A remote signer asks the person to approve a request on its web page (often when signing
 * something long after signing in). Shown on every page until dismissed; the page opens only
 * when the person clicks the link, never by itself.
 */
export function AuthUrlBanner() {
  const authUrl = useSession((state) => state.authUrl)
  const status = useSession((state) => state.status)
  const setAuthUrl = useSession((state) => state.setAuthUrl)
  const { pathname } = useLocation()
  const url = httpUrl(authUrl)
  // the sign-in page shows the same request beside the sign-in it belongs to
  if (!url || (pathname === '/sign-in' && status === 'signing-in')) return null
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2">
        <p className="min-w-0 flex-1 basis-64">
          <span className="font-semibold">Your signer is waiting for your approval.</span> Open its
          page, approve the request, then come back: the app carries on by itself.
        </p>
        <div className="flex shrink-0 gap-2">
          <a
            href={url.href}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClass.primary.replace('px-4 py-2', 'px-3 py-1.5')}
          >
            Open approval page on {url.host}
          </a>
          <button
            type="button"
            onClick={() => setAuthUrl(undefined)}
            className={buttonClass.secondary.replace('px-4 py-2', 'px-3 py-1.5')}
          >
            Dismiss
          </button>
        </div>
      </div>
    </div>
  )
}
