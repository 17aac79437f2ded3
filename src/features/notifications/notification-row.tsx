import type { ReactNode } from 'react'
import { Link } from '@/components/router'
import { PersonChip } from '@/components/ui/person-chip'
import { ticketPath } from '@/components/ui/ticket-path'
import { TimeAgo } from '@/components/ui/time-ago'
import { readAddress } from '@/nostr/address'
import type { AppNotification, NotificationKind } from '@/stores/notifications'

const KIND_LABEL: Record<NotificationKind, string> = {
  offer: 'New offer',
  won: 'Offer accepted',
  lost: 'Offer not chosen',
  closed: 'Ticket closed',
  request: 'Direct request',
}

const KIND_STYLE: Record<NotificationKind, string> = {
  offer: 'bg-bitcoin/15 text-amber-800 dark:text-amber-300',
  won: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  lost: 'bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300',
  closed: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  request: 'bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300',
}

/** A small line icon per kind (24×24 paths), decorative. */
const KIND_ICON: Record<NotificationKind, ReactNode> = {
  offer: (
    <>
      <path d="M3 12V4h8l10 10-8 8z" />
      <circle cx="7.5" cy="8.5" r="1.5" />
    </>
  ),
  won: <path d="M5 12.5l4.5 4.5L19 7.5" />,
  lost: <path d="M7 7l10 10M17 7L7 17" />,
  closed: (
    <>
      <rect x="4" y="5" width="16" height="4" rx="1" />
      <path d="M6 9v10h12V9M10 13h4" />
    </>
  ),
  request: <path d="M4 12h14M13 6l6 6-6 6" />,
}

type Props = { item: AppNotification; unread: boolean; onOpen: (id: string) => void }

/** One notification: what happened, who, when, unread mark; opening it goes to the ticket. */
export function NotificationRow({ item, unread, onOpen }: Props) {
  const address = readAddress(item.ticketAddress)
  const to = address.ok ? ticketPath(address.value.pubkey, address.value.d) : '/'
  return (
    <Link
      to={to}
      onClick={() => onOpen(item.id)}
      className={`flex items-start gap-3 px-4 py-3.5 hover:bg-stone-50 focus-visible:bg-stone-50 dark:hover:bg-stone-800/60 dark:focus-visible:bg-stone-800/60 ${
        unread ? 'bg-bitcoin/5' : ''
      }`}
    >
      <span
        aria-hidden="true"
        className={`mt-0.5 grid size-9 shrink-0 place-items-center rounded-full ${KIND_STYLE[item.kind]}`}
      >
        <svg
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-4.5"
        >
          {KIND_ICON[item.kind]}
        </svg>
      </span>
      <span className="min-w-0 flex-1">
        <span className="block text-xs font-medium text-stone-500 dark:text-stone-400">
          {KIND_LABEL[item.kind]}
          {unread && <span className="sr-only"> (unread)</span>}
        </span>
        <span
          dir="auto"
          className={`mt-0.5 block text-sm [overflow-wrap:anywhere] ${
            unread
              ? 'font-semibold text-stone-950 dark:text-white'
              : 'text-stone-700 dark:text-stone-300'
          }`}
        >
          {item.text}
        </span>
        <span className="mt-1.5 flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500 dark:text-stone-400">
          {item.from && <PersonChip pubkey={item.from} className="max-w-48" />}
          <TimeAgo timestamp={item.at} />
        </span>
      </span>
      {unread && (
        <span aria-hidden="true" className="mt-2 size-2.5 shrink-0 rounded-full bg-bitcoin" />
      )}
    </Link>
  )
}
