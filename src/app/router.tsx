import { createBrowserRouter } from 'react-router'
import type { RouteObject } from 'react-router'
import FeedPage from '@/features/feed/feed-page'
import { AppShell } from './app-shell'
import { lazyPage } from './lazy-page'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

const page = (path: string, Component: RouteObject['Component']): RouteObject => ({
  path,
  Component,
  errorElement: <RouteError />,
})

/** Every page of the app. The feed is in the first bundle; the others load when visited. */
export const routes: RouteObject[] = [
  {
    Component: AppShell,
    errorElement: <RouteError />,
    children: [
      { index: true, Component: FeedPage, errorElement: <RouteError /> },
      page(
        '/ticket/:naddr',
        lazyPage(() => import('@/features/ticket/ticket-page')),
      ),
      page(
        '/p/:npub',
        lazyPage(() => import('@/features/person/person-page')),
      ),
      page(
        '/safety',
        lazyPage(() => import('@/features/safety/safety-page')),
      ),
      page(
        '/sign-in',
        lazyPage(() => import('@/features/sign-in/sign-in-page')),
      ),
      page(
        '/relays',
        lazyPage(() => import('@/features/relays/relays-page')),
      ),
      page(
        '/new',
        lazyPage(() => import('@/features/placeholders/new-ticket-page')),
      ),
      page(
        '/my/tickets',
        lazyPage(() => import('@/features/placeholders/my-tickets-page')),
      ),
      page(
        '/my/offers',
        lazyPage(() => import('@/features/placeholders/my-offers-page')),
      ),
      page(
        '/messages',
        lazyPage(() => import('@/features/placeholders/messages-page')),
      ),
      page(
        '/wallet',
        lazyPage(() => import('@/features/placeholders/wallet-page')),
      ),
      page(
        '/troubleshooters',
        lazyPage(() => import('@/features/placeholders/troubleshooters-page')),
      ),
      page(
        '/settings',
        lazyPage(() => import('@/features/placeholders/settings-page')),
      ),
      page(
        '/more',
        lazyPage(() => import('./more-page')),
      ),
      page('*', NotFoundPage),
    ],
  },
]

/** The app's data router (browser history). */
export const createAppRouter = () => createBrowserRouter(routes)
