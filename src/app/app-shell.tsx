import { Suspense, lazy } from 'react'
import { useLocation } from 'wouter'
import { Toaster } from '@/components/ui/toaster'
import { useAfterFirstPaint } from './after-first-paint'
import { AuthUrlBanner } from './auth-url-banner'
import { OfflineBanner } from './offline-banner'
import { BottomTabs } from './bottom-tabs'
import { SignedInServices } from './signed-in-services'
import { PhoneHeader } from './phone-header'
import { RouteErrorBoundary } from './route-error'
import { AppRoutes } from './router'
import { ScrollToTop } from './scroll-to-top'
import { SideNav } from './side-nav'

// the service worker code (workbox-window) is fetched once the first screen is up
const PwaUpdate = lazy(() => import('./pwa-update'))

/**
 * The service worker is registered once the first screen is up, not while it loads. A component
 * of its own, so the moment it comes re-renders nothing else.
 */
function ServiceWorkerOnceUp() {
  const firstPaintDone = useAfterFirstPaint()
  return firstPaintDone ? (
    <Suspense fallback={null}>
      <PwaUpdate />
    </Suspense>
  ) : null
}

/** The frame around every page: navigation for phone and desktop, the page, toasts. */
export function AppShell() {
  const [pathname] = useLocation()
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-bitcoin px-4 py-2 font-semibold text-stone-950 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <div className="flex min-h-dvh">
        <SideNav />
        <div className="flex min-w-0 flex-1 flex-col">
          <PhoneHeader />
          <OfflineBanner />
          <AuthUrlBanner />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-3xl flex-1 px-4 pt-5 pb-28 outline-none md:px-10 md:pt-10 md:pb-12"
          >
            {/* Keyed by path: an error on one page is forgotten when the person navigates away. */}
            <RouteErrorBoundary key={pathname}>
              <AppRoutes />
            </RouteErrorBoundary>
          </main>
        </div>
      </div>
      <BottomTabs />
      <Toaster />
      <ServiceWorkerOnceUp />
      <ScrollToTop />
      <SignedInServices />
    </>
  )
}
