import { useEffect, useMemo, useRef } from 'react'
import { useOutbox } from '@/hooks/use-outbox'
import { useThread } from '@/hooks/use-thread'
import { useTicket } from '@/hooks/use-ticket'
import type { ChatMessage } from '@/nostr/chat'
import { countedEntries, workSessions } from '@/nostr/work-log'
import { BillingPanel } from './billing-panel'
import { toBubble } from './bubble-item'
import { Composer } from './composer'
import { MessageBubble } from './message-bubble'
import { SafetyCard } from './safety-card'
import { ThreadHeader } from './thread-header'
import { useDeal } from './use-deal'
import { useFooterClearance } from './use-footer-clearance'
import type { WorkLogNote } from './work-log-line'
import { WorkLogLine } from './work-log-line'

type Props = { counterpart: string; ticketAddress?: string }

const nearBottom = () =>
  window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 160

/** How each work-log entry of the thread counts in the deal's log. */
const notesFor = (
  chat: readonly ChatMessage[],
  offer: Parameters<typeof countedEntries>[1],
): Map<string, WorkLogNote> => {
  const notes = new Map<string, WorkLogNote>()
  for (const message of chat) if (message.workLog) notes.set(message.id, { counted: false })
  for (const session of workSessions(countedEntries(chat, offer)).sessions) {
    notes.set(session.startId, { counted: 'start' })
    if (session.stopId && session.stop !== undefined)
      notes.set(session.stopId, { counted: 'stop', seconds: session.stop - session.start })
  }
  return notes
}

/** A private thread: header, safety card, messages oldest first, and the message box. */
export function ThreadView({ counterpart, ticketAddress }: Props) {
  const thread = useThread(counterpart, ticketAddress)
  const { retry, discard } = useOutbox()
  const { ticket, loading: ticketLoading } = useTicket(ticketAddress)
  const bubbles = useMemo(() => thread.entries.map(toBubble), [thread.entries])
  const deal = useDeal(ticket, counterpart)
  const chat = useMemo(
    () =>
      thread.entries.flatMap((entry): ChatMessage[] =>
        entry.type === 'message' ? [entry.message] : entry.message ? [entry.message] : [],
      ),
    [thread.entries],
  )
  const workNotes = useMemo(() => deal && notesFor(chat, deal.thread.offer), [chat, deal])
  const subject = useMemo(
    () => [...thread.messages].reverse().find((message) => message.subject)?.subject,
    [thread.messages],
  )
  const end = useRef<HTMLDivElement>(null)
  const footer = useRef<HTMLDivElement>(null)
  const clearance = useFooterClearance(footer)
  const shown = useRef(0)
  const { markRead } = thread

  // Read when seen: now, on every new message while visible, and when the tab comes back.
  useEffect(() => {
    if (document.visibilityState === 'visible') markRead()
    const onVisible = () => document.visibilityState === 'visible' && markRead()
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [markRead, thread.messages.length])

  useEffect(() => {
    const first = shown.current === 0
    const mineLast = bubbles.at(-1)?.outgoing === true
    if (bubbles.length > shown.current && (first || mineLast || nearBottom())) {
      end.current?.scrollIntoView({ block: 'end' })
    }
    shown.current = bubbles.length
  }, [bubbles])

  // the footer grew (the billing panel appeared, a form opened): keep the newest message in view
  useEffect(() => {
    if (shown.current > 0 && nearBottom()) end.current?.scrollIntoView({ block: 'end' })
  }, [clearance])

  return (
    <div className="flex min-h-[calc(100dvh-12rem)] flex-col">
      <ThreadHeader
        counterpart={counterpart}
        ticket={ticket}
        subject={subject}
        aboutTicket={ticketAddress !== undefined}
        ticketLoading={ticketLoading}
      />
      <SafetyCard />
      <div className="flex-1 py-4">
        {bubbles.length === 0 ? (
          <p className="py-10 text-center text-sm text-stone-600 dark:text-stone-400">
            {thread.loading
              ? 'Opening your messages…'
              : 'No messages yet. Say hello and describe where you are stuck.'}
          </p>
        ) : (
          <ol aria-label="Messages" className="space-y-4">
            {bubbles.map((item) =>
              item.workLog ? (
                <WorkLogLine key={item.id} entry={item.workLog} note={workNotes?.get(item.id)} />
              ) : (
                <MessageBubble
                  key={item.id}
                  item={item}
                  onRetry={(id) => void retry(id)}
                  onDiscard={discard}
                />
              ),
            )}
          </ol>
        )}
        <div ref={end} style={{ scrollMarginBottom: clearance }} />
      </div>
      <div
        ref={footer}
        className="sticky bottom-[calc(3.75rem+env(safe-area-inset-bottom))] -mx-4 border-t border-stone-200 bg-stone-50/95 px-4 pt-3 pb-3 backdrop-blur md:bottom-0 md:mx-0 md:px-0 dark:border-stone-800 dark:bg-stone-950/95"
      >
        {deal && (
          <BillingPanel deal={deal} messages={chat} open={ticket?.status === 'in-progress'} />
        )}
        <Composer
          threadKey={thread.key}
          onSend={(text) => thread.send(text, ticket ? { subject: ticket.title } : { subject })}
        />
      </div>
    </div>
  )
}
