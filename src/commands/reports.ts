import type { ReportGround } from '@/nostr/report'
import { makePersonReport } from '@/nostr/report'
import { isHex64 } from '@/nostr/tags'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import {
  SIGN_IN_FIRST,
  nowSeconds,
  publishAndStore,
  secretsRefusal,
  signedInPubkey,
} from './command-support'

/** The most a report's text may hold. */
export const REPORT_TEXT_MAX = 2000

/**
 * Reports a person (NIP-56 kind 1984) for scam, spam or impersonation, with optional words on
 * what happened; `eventId` names one of their events (a ticket, an offer). The text passes the
 * secrets guard: a report is public.
 */
export const reportPerson = async (input: {
  pubkey: string
  ground: ReportGround
  text?: string
  eventId?: string
}): Promise<CommandResult> => {
  const me = signedInPubkey()
  if (!me) return refuse(SIGN_IN_FIRST)
  if (!isHex64(input.pubkey)) return refuse('This person’s key is malformed.')
  if (input.pubkey === me) return refuse('You cannot report yourself.')
  if (input.eventId !== undefined && !isHex64(input.eventId))
    return refuse('The reported event’s id is malformed.')
  if ((input.text?.length ?? 0) > REPORT_TEXT_MAX)
    return refuse(`Keep the report under ${REPORT_TEXT_MAX.toLocaleString('en')} characters.`)
  const refusal = secretsRefusal({ report: input.text })
  if (refusal) return refuse(refusal)
  return publishAndStore(makePersonReport(input, nowSeconds()), 'Your report')
}
