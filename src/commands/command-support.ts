import type { EventTemplate, Filter, NostrEvent } from 'nostr-tools'
import { emptyBatch, readMarketplaceEvent } from '@/ndk/marketplace-read'
import { fetchEvents } from '@/ndk/fetch-events'
import { publish } from '@/ndk/publish'
import { getSigner } from '@/ndk/session'
import { isDeletedBy, readDeletion } from '@/nostr/deletion'
import { Kind } from '@/nostr/kinds'
import { checkForSecrets } from '@/safety/secrets-guard'
import { useMarketplace } from '@/stores/marketplace'
import { useSession } from '@/stores/session'
import type { CommandResult } from './command-result'
import { everyRelayRefused, refuse } from './command-result'

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
  return status === 'signed-in' && pubkey && getSigner() ? pubkey : undefined
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

/** Reads events fetched or published into the store, at once. */
export const putEvents = (events: readonly NostrEvent[]): void => {
  const batch = emptyBatch()
  for (const event of events) readMarketplaceEvent(event, batch)
  useMarketplace.getState().applyBatch(batch)
}

/**
 * The newest version from the relays of an addressable event, unless its author deleted it.
 * Also puts what was found into the store.
 */
export const loadLatest = async (
  kind: number,
  pubkey: string,
  d: string,
): Promise<NostrEvent | undefined> => {
  const address = `${kind}:${pubkey}:${d}`
  const events = await fetchEvents(
    [
      { kinds: [kind], authors: [pubkey], '#d': [d] },
      { kinds: [Kind.Deletion], authors: [pubkey], '#a': [address] },
    ],
    { timeoutMs: 5000 },
  )
  putEvents(events)
  const versions = events.filter((event) => event.kind === kind)
  const latest = versions.reduce<NostrEvent | undefined>(
    (newest, event) =>
      !newest ||
      event.created_at > newest.created_at ||
      (event.created_at === newest.created_at && event.id < newest.id)
        ? event
        : newest,
    undefined,
  )
  if (!latest) return undefined
  const deleted = events
    .filter((event) => event.kind === Kind.Deletion)
    .some((event) => {
      const deletion = readDeletion(event)
      return deletion.ok && isDeletedBy(latest, deletion.value)
    })
  return deleted ? undefined : latest
}

/** Fetches events matching `filters` and puts them in the store. */
export const loadInto = async (filters: Filter[]): Promise<NostrEvent[]> => {
  const events = await fetchEvents(filters, { timeoutMs: 5000 })
  putEvents(events)
  return events
}

/**
 * Signs and publishes `template`; when at least one relay stored it, its parsed value goes into
 * the store at once (no wait for the relay's echo). Never throws for an expected failure.
 */
export const publishAndStore = async (template: EventTemplate): Promise<CommandResult> => {
  let outcome
  try {
    outcome = await publish(template)
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error))
  }
  if (outcome.accepted.length === 0) return refuse(everyRelayRefused(outcome))
  putEvents([outcome.event])
  return { ok: true, outcome }
}

/** Loads latest, builds, publishes: a `ReadResult` refusal from a builder becomes the reason. */
export const fromBuild = async (
  built: { ok: true; value: EventTemplate } | { ok: false; reason: string },
): Promise<CommandResult> => (built.ok ? publishAndStore(built.value) : refuse(built.reason))

export const TRY_AGAIN = 'Could not load it from the relays; check your connection and try again.'
