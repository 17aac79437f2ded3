import type { NostrEvent } from 'nostr-tools'
import type { PublishJob } from '@/stores/publish-outbox'

/**
 * What every command that publishes returns. `ok: true` once the signed event is in the outbox
 * (saved on this device): `job` tells where it stands — undefined when every relay already took
 * it, else waiting, partly published or refused (see `jobStatus`). `ok: false` with a plain
 * reason when nothing was signed (signed out, an illegal move, the secrets guard).
 */
export type CommandResult =
  { ok: true; event: NostrEvent; job?: PublishJob } | { ok: false; reason: string }

export const refuse = (reason: string): CommandResult => ({ ok: false, reason })
