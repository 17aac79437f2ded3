import type { EventTemplate, Filter, NostrEvent } from 'nostr-tools'
import { anyRelayUp } from '@/ndk/client'
import { fetchEvents } from '@/ndk/fetch-events'
import { signTemplate } from '@/ndk/publish'
import { currentSigner } from '@/ndk/current-signer'
import { deletionTargetOf, isDeleted } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import { newestEvent } from '@/nostr/versions'
import { checkForSecrets } from '@/safety/secrets-guard'
import { cacheKeyOf, readCachedEvent } from '@/storage/event-cache'
import { useMarketplace } from '@/stores/marketplace'
import { ingestNow } from '@/stores/marketplace-ingest'
import { jobStatus, usePublishOutbox } from '@/stores/publish-outbox'
import { relaysForFilters, relaysForPublishing } from '@/stores/relay-choice'
import { useSession } from '@/stores/session'
import type { CommandResult } from './command-result'
import { refuse } from './command-result'
import { enqueue, firstAnswers } from './publish-outbox'

/** Unix seconds now. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000)

/** A fresh random `d` identifier: 16 bytes as 32 hex characters. */
export const randomD = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')

/** The signed-in person's pubkey, or undefined when nobody is signed in. */
export const signedInPubkey = (): string | undefined => {
  const { status, pubkey } = useSession.getState()
  return status === 'signed-in' && pubkey && currentSigner() ? pubkey : undefined
}

export const SIGN_IN_FIRST = 'Sign in first: publishing needs your signature.'

/**
 * Runs the secrets guard over user-written fields; the first field that would give money or an
 * account away comes back as the reason it was refused (warnings pass: the form shows those).
 */
export const secretsRefusal = (fields: Record<string, string | undefined>): string | undefined => {
  for (const [name, text] of Object.entries(fields)) {
    if (!text) continue
    const verdict = checkForSecrets(text)
    if (verdict.verdict !== 'block') continue
    const finding = verdict.findings.find((f) => f.severity === 'block')
    return `Not published: the ${name} contains a secret. ${finding?.message ?? ''}`.trim()
  }
  return undefined
}

/** Relays answer a command's lookups within this long, or the command goes on with what it has. */
const LOOKUP_TIMEOUT_MS = 5000

/**
 * Fetches events matching `filters` from the relays into the store, when any relay is up (else at
 * once, with nothing: the store and this device already hold what is known).
 */
export const loadInto = async (filters: Filter[]): Promise<NostrEvent[]> => {
  const relays = relaysForFilters(filters)
  if (!anyRelayUp(relays)) return []
  const events = await fetchEvents(filters, { relays, timeoutMs: LOOKUP_TIMEOUT_MS })
  await ingestNow(events)
  return events
}

/**
 * The newest version of an addressable event that its author did not delete: from the relays
 * (when reachable), this device's cache, and the outbox (a version still waiting to publish),
 * judged by the rules of src/nostr (newest version, deletions) over the store.
 */
export const loadLatest = async (
  kind: number,
  pubkey: string,
  d: string,
): Promise<NostrEvent | undefined> => {
  const address = `${kind}:${pubkey}:${d}`
  const fetched = await loadInto([
    { kinds: [kind], authors: [pubkey], '#d': [d] },
    { kinds: [Kind.Deletion], authors: [pubkey], '#a': [address] },
  ])
  const waiting = Object.values(usePublishOutbox.getState().jobs)
    .map((job) => job.event)
    .filter((event) => cacheKeyOf(event) === address)
  const cached = await readCachedEvent(address)
  const versions = [...fetched.filter((event) => event.kind === kind), ...waiting]
  if (cached) versions.push(cached)
  const latest = newestEvent(versions)
  if (!latest) return undefined
  return isDeleted(deletionTargetOf(latest), useMarketplace.getState().deletions)
    ? undefined
    : latest
}

/** How long a command waits for the relays' first answers before saying it is waiting to publish. */
const FIRST_ANSWER_MS = 6000

/**
 * Signs `template` and sends it through the outbox: saved on this device, shown at once as
 * waiting, and published as soon as a relay takes it. Never throws for an expected failure.
 */
export const publishAndStore = async (
  template: EventTemplate,
  label = 'Your change',
): Promise<CommandResult> => {
  let event: NostrEvent
  try {
    event = await signTemplate(template)
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error))
  }
  const job = await enqueue(event, label, relaysForPublishing())
  const answered = await firstAnswers(job.id, FIRST_ANSWER_MS)
  const done = !answered || jobStatus(answered).kind === 'published'
  return done ? { ok: true, event } : { ok: true, event, job: answered }
}

/** Loads latest, builds, publishes: a `ReadResult` refusal from a builder becomes the reason. */
export const fromBuild = async (
  built: { ok: true; value: EventTemplate } | { ok: false; reason: string },
  label?: string,
): Promise<CommandResult> => (built.ok ? publishAndStore(built.value, label) : refuse(built.reason))

export const TRY_AGAIN = 'Could not load it from the relays; check your connection and try again.'
