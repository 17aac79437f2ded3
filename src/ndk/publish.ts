import { NDKEvent, NDKPublishError, NDKRelaySet, type NDKRelay } from '@nostr-dev-kit/ndk'
import type { EventTemplate, NostrEvent } from 'nostr-tools'
import type { RelayVerdict } from '@/nostr/relay-answer'
import { judgeRelayAnswer } from '@/nostr/relay-answer'
import { getNdk, relayKey } from './client'
import { currentSigner } from './current-signer'
import { reportAuthRequired } from './relay-events'
import { toVerifiedEvent } from './verify'

/** One relay's answer to a published event, and what it means for trying again. */
export type RelayAnswer = { relay: string; verdict: RelayVerdict; reason: string }

/** Which relays stored an event and which did not, with the reason each relay gave. */
export type PublishOutcome = {
  event: NostrEvent
  accepted: string[]
  refused: { relay: string; reason: string }[]
  /** Every relay's answer, in the order asked. */
  answers: RelayAnswer[]
}

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/^Error: /, '') || 'no answer'

/**
 * Sends an already signed event to exactly `relays` and reports each relay's answer: OK true, OK
 * false with its reason, or none in time. NDK's "optimistic" local delivery of the event is
 * ignored by src/ndk's subscriptions, so nothing shows it as stored before a relay said so.
 */
export const publishSigned = async (
  signed: NostrEvent,
  relays: readonly string[],
  timeoutMs = 10_000,
): Promise<PublishOutcome> => {
  const event = toVerifiedEvent(signed)
  if (!event) throw new Error('This event has an invalid signature; it was not sent.')
  const ndk = getNdk()
  const relaySet = NDKRelaySet.fromRelayUrls([...relays], ndk)
  const ndkEvent = new NDKEvent(ndk, { ...event })
  const failures = new Map<string, string>()
  const onFailed = (relay: NDKRelay, error: unknown) => {
    failures.set(relayKey(relay), reasonOf(error))
  }
  ndkEvent.on('relay:publish:failed', onFailed)
  let published = new Set<NDKRelay>()
  try {
    if (relaySet.relays.size > 0) published = await ndkEvent.publish(relaySet, timeoutMs)
  } catch (error) {
    if (!(error instanceof NDKPublishError)) throw error
    published = error.publishedToRelays
    for (const [relay, reason] of error.errors) failures.set(relayKey(relay), reasonOf(reason))
  } finally {
    ndkEvent.off('relay:publish:failed', onFailed)
  }
  const stored = new Set([...published].map(relayKey))
  const answers = [...relaySet.relays].map(relayKey).map((relay): RelayAnswer => {
    if (stored.has(relay)) return { relay, verdict: 'accepted', reason: '' }
    const reason = failures.get(relay) ?? 'no answer'
    return { relay, verdict: judgeRelayAnswer(false, reason), reason }
  })
  for (const answer of answers) {
    if (/^auth-required:/i.test(answer.reason)) reportAuthRequired(answer.relay)
  }
  return {
    event,
    accepted: answers.filter((a) => a.verdict === 'accepted').map((a) => a.relay),
    refused: answers
      .filter((a) => a.verdict !== 'accepted')
      .map(({ relay, reason }) => ({ relay, reason })),
    answers,
  }
}

/** Signs `template` with the signed-in person's signer (which refuses any event not by them). */
export const signTemplate = async (template: EventTemplate): Promise<NostrEvent> => {
  const signer = currentSigner()
  if (!signer) throw new Error('Sign in first: publishing needs your signature.')
  return signer.signEvent(template)
}
