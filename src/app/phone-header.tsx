import { Link } from '@/components/router'
import { AccountSummary } from './account-summary'
import { SignedInNotificationsBell } from './notification-links'
import { RelayStatus } from './relay-status'

/** The phone's top bar: logo, relay status, the notifications bell and the account. Hidden on desktop. */
export function PhoneHeader() {
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-1 border-b border-stone-200 bg-stone-50/95 px-3 backdrop-blur md:hidden dark:border-stone-800 dark:bg-stone-950/95">
      <Link
        to="/"
        className="flex min-w-0 flex-1 items-center gap-2 rounded-lg p-1 font-bold tracking-tight"
      >
        <img src="/favicon.svg" alt="" className="size-7" />
        <span className="truncate text-[0.95rem]">Bitcoin Troubleshoot</span>
      </Link>
      <RelayStatus compact />
      <SignedInNotificationsBell />
      <AccountSummary compact />
    </header>
  )
}
