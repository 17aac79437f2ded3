import type { CommandResult } from '@/commands/command-result'
import { useNavigate } from '@/components/router'
import { showToast } from '@/components/ui/toast-store'
import { ticketPath } from '@/components/ui/ticket-path'
import { commandFeedback } from '@/hooks/command-feedback'
import { tagValue } from '@/nostr/tags'

/** Goes to the ticket just signed, saying whether relays took it or it waits to publish. */
export function usePublishedTicket() {
  const navigate = useNavigate()
  return (result: Extract<CommandResult, { ok: true }>, message: string) => {
    showToast(commandFeedback(result, message))
    navigate(ticketPath(result.event.pubkey, tagValue(result.event.tags, 'd') ?? ''))
  }
}
