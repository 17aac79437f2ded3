import type { CommandResult } from '@/commands/command-result'
import { useNavigate } from '@/components/router'
import { showToast } from '@/components/ui/toast-store'
import { ticketPath } from '@/components/ui/ticket-path'
import { tagValue } from '@/nostr/tags'

/** Goes to the ticket just published, saying which relays (if any) refused it. */
export function usePublishedTicket() {
  const navigate = useNavigate()
  return (result: Extract<CommandResult, { ok: true }>, message: string) => {
    const { event, refused } = result.outcome
    const extra =
      refused.length > 0
        ? ` ${refused.length} relay${refused.length === 1 ? '' : 's'} refused it: ${refused
            .map((r) => `${r.relay} (${r.reason})`)
            .join(', ')}.`
        : ''
    showToast({ tone: 'success', message: `${message}${extra}` })
    navigate(ticketPath(event.pubkey, tagValue(event.tags, 'd') ?? ''))
  }
}
