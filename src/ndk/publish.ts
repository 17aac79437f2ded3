import { NDKEvent, NDKPublishError, NDKRelaySet, type NDKRelay } from '@nostr-dev-kit/ndk'
import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { getNdk, relayKey } from './client'
import { relaysForPublishing } from './relay-choice'
import { currentSigner } from './current-signer'
import { toVerifiedEvent } from './verify'

/** Which relays stored an event and which refused it, with the reason each relay gave. */
export type PublishOutcome = {
  event: NostrEvent
  accepted: string[]
  refused: { relay: string; reason: string }[]
}

export type PublishOptions = {
  /** Extra relays for this event (e.g. a recipient's DM relays). */
  relays?: string[]
  /** Only these relays, instead of the app's write relays plus `relays`. */
  onlyRelays?: string[]
  timeoutMs?: number
}

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/^Error: /, '') || 'refused'

/**
 * Sends an already signed event (e.g. a gift wrap signed with a throwaway key) and reports per
 * relay whether it answered OK true, OK false (with its reason), or not at all.
 */
export const publishSigned = async (
  signed: NostrEvent,
  options: PublishOptions = {},
): Promise<PublishOutcome> => {
  const event = toVerifiedEvent(signed)
  if (!event) throw new Error('This event has an invalid signature; it was not sent.')
  const ndk = getNdk()
  const urls = options.onlyRelays ?? relaysForPublishing(options.relays)
  const relaySet = NDKRelaySet.fromRelayUrls(urls, ndk)
  const ndkEvent = new NDKEvent(ndk, { ...event })
  const failures = new Map<string, string>()
  const onFailed = (relay: NDKRelay, error: unknown) => {
    failures.set(relayKey(relay), reasonOf(error))
  }
  ndkEvent.on('relay:publish:failed', onFailed)
  let published: Set<NDKRelay>
  try {
    published = await ndkEvent.publish(relaySet, options.timeoutMs ?? 10_000)
  } catch (error) {
    if (!(error instanceof NDKPublishError)) throw error
    published = error.publishedToRelays
    for (const [relay, reason] of error.errors) failures.set(relayKey(relay), reasonOf(reason))
  } finally {
    ndkEvent.off('relay:publish:failed', onFailed)
  }
  const accepted = [...published].map(relayKey)
  const refused = [...relaySet.relays]
    .map(relayKey)
    .filter((relay) => !accepted.includes(relay))
    .map((relay) => ({ relay, reason: failures.get(relay) ?? 'no answer' }))
  return { event, accepted, refused }
}

/**
 * Signs `template` with the signed-in person's signer (which refuses any event not by them) and
 * publishes it to the app's relays and their NIP-65 write relays.
 */
export const publish = async (
  template: EventTemplate,
  options: PublishOptions = {},
): Promise<PublishOutcome> => {
  const signer = currentSigner()
  if (!signer) throw new Error('Sign in first: publishing needs your signature.')
  const event = await signer.signEvent(template)
  return publishSigned(event, options)
}
