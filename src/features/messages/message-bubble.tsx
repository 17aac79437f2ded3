import { useMemo } from 'react'
import { TimeAgo } from '@/components/ui/time-ago'
import { detectScamAsk } from '@/safety/scam-warning'
import { DeliveryStatus } from './delivery-status'
import { MessageText } from './message-text'
import { PaymentRequestCard } from './payment-request-card'
import { ScamAlert } from './scam-alert'
import type { BubbleItem } from './bubble-item'

type Props = {
  item: BubbleItem
  onRetry: (id: string) => void
  onDiscard: (id: string) => void
}

const bubble = {
  mine: 'rounded-2xl rounded-br-md bg-amber-100 text-stone-900 dark:bg-amber-900/50 dark:text-stone-50',
  theirs:
    'rounded-2xl rounded-bl-md border border-stone-200 bg-white text-stone-900 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-100',
}

/** One message: mine on the right with its delivery status, theirs on the left with scam checks. */
export function MessageBubble({ item, onRetry, onDiscard }: Props) {
  const asks = useMemo(() => (item.outgoing ? [] : detectScamAsk(item.text)), [item])
  return (
    <li className={`flex flex-col gap-1.5 ${item.outgoing ? 'items-end' : 'items-start'}`}>
      {asks.length > 0 && (
        <div className="w-full max-w-[min(36rem,100%)]">
          <ScamAlert asks={asks} />
        </div>
      )}
      {/* a payment request is shown as its card: the text says the same for other clients */}
      {item.payment ? (
        <PaymentRequestCard
          request={item.payment.request}
          from={item.payment.from}
          mine={item.outgoing}
          ticket={item.payment.ticket}
          subject={item.payment.subject}
        />
      ) : (
        <div
          className={`max-w-[85%] px-3.5 py-2 text-[0.95rem] leading-relaxed sm:max-w-[75%] ${
            item.outgoing ? bubble.mine : bubble.theirs
          } ${asks.length > 0 ? 'ring-2 ring-red-500' : ''}`}
        >
          <span className="sr-only">{item.outgoing ? 'You wrote:' : 'They wrote:'}</span>
          <MessageText text={item.text} shortenedBy={item.textCut} />
        </div>
      )}
      <div className="flex max-w-[85%] flex-wrap items-center gap-x-2 text-xs text-stone-500 dark:text-stone-400">
        <TimeAgo timestamp={item.at} />
        {item.legacy && (
          <span
            title="This message used NIP-04, an older encryption that relays can see more of. Replies are sent with NIP-17."
            className="rounded-full bg-stone-200 px-2 py-0.5 font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-300"
          >
            Older, weaker encryption
          </span>
        )}
        {item.delivery && <span aria-hidden="true">·</span>}
        {item.delivery && (
          <DeliveryStatus
            delivery={item.delivery}
            onRetry={() => onRetry(item.id)}
            onDiscard={() => onDiscard(item.id)}
          />
        )}
      </div>
    </li>
  )
}
