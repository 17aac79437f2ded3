import type { PublishOutcome } from '@/ndk/publish'

/**
 * What every marketplace command returns. `ok: true` when at least one relay stored the event
 * (`outcome.refused` lists the relays that did not); `ok: false` with a plain reason otherwise
 * (signed out, an illegal move, the secrets guard, every relay refusing).
 */
export type CommandResult = { ok: true; outcome: PublishOutcome } | { ok: false; reason: string }

export const refuse = (reason: string): CommandResult => ({ ok: false, reason })

/** The reason shown when no relay stored the event, naming each relay's own answer. */
export const everyRelayRefused = (outcome: PublishOutcome): string => {
  if (outcome.refused.length === 0) return 'No relay is configured to publish to.'
  const reasons = outcome.refused.map(({ relay, reason }) => `${relay}: ${reason}`).join('; ')
  return `No relay stored it (${reasons}).`
}
