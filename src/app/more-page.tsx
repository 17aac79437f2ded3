import { Link } from '@/components/router'
import { PageHeading } from '@/components/ui/page-heading'
import { AccountSummary } from './account-summary'
import { NavIcon } from './nav-icons'
import { MORE_ITEMS } from './nav-items'
import { RelayStatus } from './relay-status'
import { SignedInUnreadBadge } from './notification-links'

/** The phone's "More" tab: every section that is not a bottom tab. */
export default function MorePage() {
  return (
    <>
      <PageHeading title="More" />
      <div className="mb-6 flex items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
        <AccountSummary />
        <RelayStatus className="shrink-0" />
      </div>
      <nav aria-label="More sections">
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {MORE_ITEMS.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="flex items-center gap-3 px-4 py-3.5 text-sm font-medium hover:bg-stone-50 dark:hover:bg-stone-800"
              >
                <NavIcon name={item.icon} className="size-5 text-stone-500" />
                <span className="flex-1">{item.label}</span>
                {item.to === '/notifications' && <SignedInUnreadBadge />}
                <span aria-hidden="true" className="text-stone-400">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
