import { Suspense, lazy } from 'react'
import type { ComponentType } from 'react'
import { PageLoading } from './page-loading'

/**
 * A page whose code is fetched the first time it is shown, inside the app shell, with a
 * loading placeholder meanwhile. Keeps QR, Markdown, wallet and messages out of the feed's JS.
 * A failed download reaches the page's error boundary (see route-error.tsx).
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load)
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    )
  }
}
