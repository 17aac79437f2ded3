import { Link, NavLink } from '@/components/router'
import { AccountSummary } from './account-summary'
import { NavIcon } from './nav-icons'
import { NAV_ITEMS } from './nav-items'
import { RelayStatus } from './relay-status'
import { SignedInMessagesBadge, SignedInUnreadBadge } from './notification-links'

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors ${
    isActive
      ? 'bg-bitcoin/15 text-stone-950 dark:text-white'
      : 'text-stone-600 hover:bg-stone-200/70 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100'
  }`

/** The desktop navigation: logo, every section, the account and the relay status. */
export function SideNav() {
  return (
    <aside className="sticky top-0 hidden h-dvh w-64 shrink-0 flex-col border-r border-stone-200 bg-stone-100/60 px-4 py-5 md:flex dark:border-stone-800 dark:bg-stone-900/40">
      <Link to="/" className="mb-6 flex items-center gap-2.5 px-2">
        <img src="/favicon.svg" alt="" className="size-8" />
        <span className="leading-tight font-bold tracking-tight">
          Bitcoin
          <br />
          Troubleshoot
        </span>
      </Link>
      <nav aria-label="Main" className="flex-1 overflow-y-auto">
        <ul className="space-y-0.5">
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'} className={linkClass}>
                {({ isActive }) => (
                  <>
                    <NavIcon
                      name={item.icon}
                      className={`size-5 ${isActive ? 'text-bitcoin-dark dark:text-bitcoin' : ''}`}
                    />
                    <span className="flex-1">{item.label}</span>
                    {item.to === '/notifications' && <SignedInUnreadBadge />}
                    {item.to === '/messages' && <SignedInMessagesBadge />}
                  </>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-4 space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        <AccountSummary />
        <RelayStatus />
      </div>
    </aside>
  )
}
