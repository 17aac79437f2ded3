import { Suspense, lazy } from 'react'
import type { SessionStatus } from '@/stores/session'
import { useSession } from '@/stores/session'

// the banner's markup is fetched only when a signer asks for approval
const AuthUrlBannerView = lazy(() =>
  import('./auth-url-banner-view').then((m) => ({ default: m.AuthUrlBannerView })),
)

/**
 * The approval page to offer, as a plain http(s) URL, or undefined: nothing else is ever shown
 * as a link. While signing in, the sign-in page shows the request beside the sign-in instead.
 */
export const approvalUrl = (
  authUrl: string | undefined,
  status: SessionStatus,
): URL | undefined => {
  if (!authUrl || status === 'signing-in') return undefined
  try {
    const url = new URL(authUrl)
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
  const url = approvalUrl(authUrl, status)
  if (!url) return null
  return (
    <Suspense fallback={null}>
      <AuthUrlBannerView url={url} onDismiss={() => setAuthUrl(undefined)} />
    </Suspense>
  )
}
