import { useMessages } from '@/stores/messages'
import { useOutboxStore } from '@/stores/outbox'
import { isRelayOpen, useRelays } from '@/stores/relays'
import { flushOutbox } from './message-outbox'
import type { WatchInboxOptions } from '@/stores/message-inbox'
import { watchInbox } from '@/stores/message-inbox'

/**
 * Starts private messaging for the signed-in person (the app shell calls this once signed in and
 * calls the returned function on sign-out): loads their unsent messages, watches the inbox into
 * the messages store, and sends pending messages now and whenever a relay connects.
 */
export const startMessaging = (pubkey: string, options: WatchInboxOptions = {}): (() => void) => {
  const messages = useMessages.getState()
  if (messages.owner !== pubkey) messages.reset(pubkey)
  if (useOutboxStore.getState().owner !== pubkey) useOutboxStore.getState().load(pubkey)
  useMessages.getState().setInboxStatus('loading')

  const stopInbox = watchInbox(
    pubkey,
    {
      onMessages: (batch) => useMessages.getState().addMessages(batch),
      onSkipped: () => useMessages.getState().countSkipped(1),
      onLoaded: () => useMessages.getState().setInboxStatus('live'),
      onAuthNeeded: (relays) => useMessages.getState().setAuthNeeded(relays),
    },
    options,
  )

  let flushTimer: ReturnType<typeof setTimeout> | undefined
  const flushSoon = () => {
    clearTimeout(flushTimer)
    flushTimer = setTimeout(() => void flushOutbox(), 300)
  }
  const stopWatchingRelays = useRelays.subscribe((state, previous) => {
    const connectedNow = state.relays.some(
      (entry) =>
        isRelayOpen(entry) && !previous.relays.some((p) => p.url === entry.url && isRelayOpen(p)),
    )
    if (connectedNow) flushSoon()
  })
  if (useRelays.getState().relays.some(isRelayOpen)) flushSoon()

  return () => {
    clearTimeout(flushTimer)
    stopWatchingRelays()
    stopInbox()
    if (useMessages.getState().owner === pubkey) useMessages.getState().setInboxStatus('idle')
  }
}
