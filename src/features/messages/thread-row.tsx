import { Link } from '@/components/router'
import { Avatar } from '@/components/ui/avatar'
import { displayName } from '@/components/ui/display-name'
import { TimeAgo } from '@/components/ui/time-ago'
import { UserText } from '@/components/ui/user-text'
import type { ThreadSummary } from '@/hooks/use-threads'
import { useProfile } from '@/hooks/use-profile'
import { useTicket } from '@/hooks/use-ticket'
import { threadPath } from '@/components/ui/thread-path'

const excerpt = (thread: ThreadSummary): string => {
  if (!thread.last) return 'Not sent yet'
  const text = thread.last.text.replace(/\s+/g, ' ').trim().slice(0, 200)
  return thread.last.outgoing ? `You: ${text}` : text
}

/** One conversation in the inbox: who, which ticket, the last message, when, and unread count. */
export function ThreadRow({ thread, current }: { thread: ThreadSummary; current?: boolean }) {
  const profile = useProfile(thread.counterpart)
  const { ticket } = useTicket(thread.ticket)
  const name = displayName(thread.counterpart, profile)
  const about = ticket?.title ?? thread.subject ?? (thread.ticket ? 'A ticket' : undefined)
  const unread = thread.unread > 0
  return (
    <Link
      to={threadPath(thread.counterpart, thread.ticket)}
      aria-current={current ? 'page' : undefined}
      className={`flex gap-3 rounded-xl px-3 py-3 transition-colors hover:bg-stone-100 dark:hover:bg-stone-900 ${
        current ? 'bg-stone-100 dark:bg-stone-900' : ''
      }`}
    >
      <Avatar pubkey={thread.counterpart} picture={profile?.picture} name={name} />
      <span className="min-w-0 flex-1">
        <span className="flex items-baseline gap-2">
          <UserText
            className={`flex-1 truncate ${unread ? 'font-bold' : 'font-semibold'}`}
            lines={1}
          >
            {name}
          </UserText>
          {thread.lastAt > 0 && (
            <TimeAgo timestamp={thread.lastAt} className="shrink-0 text-xs text-stone-500" />
          )}
        </span>
        <UserText
          as="span"
          lines={1}
          className="block text-sm font-medium text-amber-800 dark:text-amber-300"
        >
          {about ?? 'No ticket'}
        </UserText>
        <span className="mt-0.5 flex items-center gap-2">
          <UserText
            lines={1}
            className={`flex-1 text-sm ${
              unread
                ? 'font-medium text-stone-900 dark:text-stone-100'
                : 'text-stone-600 dark:text-stone-400'
            }`}
          >
            {excerpt(thread)}
          </UserText>
          {thread.unsent > 0 && (
            <span className="shrink-0 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
              {thread.unsent} not sent
            </span>
          )}
          {unread && (
            <span className="grid h-5 min-w-5 shrink-0 place-items-center rounded-full bg-bitcoin px-1.5 text-xs font-bold text-stone-950">
              {thread.unread}
              <span className="sr-only"> unread</span>
            </span>
          )}
        </span>
      </span>
    </Link>
  )
}
