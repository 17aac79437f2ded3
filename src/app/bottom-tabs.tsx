import { Link, NavLink, useLocation } from '@/components/router'
import { NavIcon } from './nav-icons'
import { SignedInMessagesBadge } from './notification-links'
import { MORE_ITEMS, NAV_ITEMS } from './nav-items'

const TABS = NAV_ITEMS.filter((item) => item.tab)

const tabClass = (active: boolean) =>
  `flex flex-1 flex-col items-center gap-0.5 py-2 text-[0.7rem] font-medium ${
    active ? 'text-bitcoin-dark dark:text-bitcoin' : 'text-stone-500 dark:text-stone-400'
  }`

/** The phone navigation: Feed, New ticket, Messages, My tickets and More. */
export function BottomTabs() {
  const { pathname } = useLocation()
  const moreActive = pathname === '/more' || MORE_ITEMS.some((item) => pathname.startsWith(item.to))
  return (
    <nav
      aria-label="Main"
      className="safe-bottom fixed inset-x-0 bottom-0 z-40 border-t border-stone-200 bg-white/95 backdrop-blur md:hidden dark:border-stone-800 dark:bg-stone-950/95"
    >
      <ul className="flex">
        {TABS.map((item) => (
          <li key={item.to} className="flex flex-1">
            <NavLink
              to={item.to}
              end={item.to === '/'}
              className={({ isActive }) => tabClass(isActive)}
            >
              <span className="relative">
                <NavIcon name={item.icon} className="size-6" />
                {item.to === '/messages' && (
                  <SignedInMessagesBadge className="absolute -top-1.5 -right-3" />
                )}
              </span>
              {item.label}
            </NavLink>
          </li>
        ))}
        <li className="flex flex-1">
          <Link
            to="/more"
            aria-current={moreActive ? 'page' : undefined}
            className={tabClass(moreActive)}
          >
            <NavIcon name="more" className="size-6" />
            More
          </Link>
        </li>
      </ul>
    </nav>
  )
}
