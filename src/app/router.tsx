import { Route, Switch } from 'wouter'
import type { ComponentType } from 'react'
import FeedPage from '@/features/feed/feed-page'
import { lazyPage } from './lazy-page'

const NotFound = lazyPage(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
)

type PageRoute = { path: string; page: ComponentType }

/** Every page but the feed, fetched when first visited. Order matters: the first match wins. */
export const lazyRoutes: readonly PageRoute[] = [
  { path: '/ticket/:naddr', page: lazyPage(() => import('@/features/ticket/ticket-page')) },
  { path: '/p/:npub', page: lazyPage(() => import('@/features/person/person-page')) },
  { path: '/safety', page: lazyPage(() => import('@/features/safety/safety-page')) },
  { path: '/sign-in', page: lazyPage(() => import('@/features/sign-in/sign-in-page')) },
  { path: '/relays', page: lazyPage(() => import('@/features/relays/relays-page')) },
  {
    path: '/notifications',
    page: lazyPage(() => import('@/features/notifications/notifications-page')),
  },
  { path: '/new', page: lazyPage(() => import('@/features/new-ticket/new-ticket-page')) },
  {
    path: '/my/tickets',
    page: lazyPage(() => import('@/features/my-tickets/my-tickets-page')),
  },
  { path: '/my/offers', page: lazyPage(() => import('@/features/my-offers/my-offers-page')) },
  { path: '/messages', page: lazyPage(() => import('@/features/messages/messages-page')) },
  { path: '/messages/:npub', page: lazyPage(() => import('@/features/messages/thread-page')) },
  { path: '/wallet', page: lazyPage(() => import('@/features/wallet/wallet-page')) },
  { path: '/payments', page: lazyPage(() => import('@/features/payments/payments-page')) },
  {
    path: '/troubleshooters',
    page: lazyPage(() => import('@/features/troubleshooters/troubleshooters-page')),
  },
  { path: '/settings', page: lazyPage(() => import('@/features/placeholders/settings-page')) },
  { path: '/more', page: lazyPage(() => import('./more-page')) },
]

/** The page for the current path: the feed (in the first bundle), a lazy page, or the 404. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={FeedPage} />
      {lazyRoutes.map(({ path, page }) => (
        <Route key={path} path={path} component={page} />
      ))}
      <Route component={NotFound} />
    </Switch>
  )
}
