import { useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import { isRelayOpen, useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'
import { AddRelayForm } from './add-relay-form'
import { RelayRow } from './relay-row'
import { useRelayListCheck } from './use-relay-list-check'

const card =
  'rounded-2xl border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900'

/** The relays in use with their live status; add, remove, reset; the person's NIP-65 list. */
export default function RelaysPage() {
  const { relays, customised, userList, removeRelay, resetRelays } = useRelays()
  const signedIn = useSession((state) => state.status === 'signed-in')
  const pubkey = useSession((state) => state.pubkey)
  const listCheck = useRelayListCheck(signedIn ? pubkey : undefined)
  const [notice, setNotice] = useState<string>()
  const own = relays.filter((relay) => relay.source !== 'nip65')
  const fromNip65 = relays.filter((relay) => relay.source === 'nip65')
  const connected = relays.filter(isRelayOpen).length

  const remove = (url: string) => {
    const result = removeRelay(url)
    setNotice(result.ok ? `Removed ${url}.` : result.reason)
  }

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading
        title="Relays"
        description="Relays are the servers that carry tickets, offers and messages. No single one is required."
      />
      <p className="sr-only" aria-live="polite">
        {notice}
      </p>

      <section aria-labelledby="app-relays" className={card}>
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 px-4 py-3 dark:border-stone-800">
          <h2 id="app-relays" className="font-semibold">
            {customised ? 'Your relays on this device' : 'Default relays'}
          </h2>
          <span
            className="text-xs text-stone-500 dark:text-stone-400"
            data-testid="relays-connected"
          >
            {connected} of {relays.length} connected
          </span>
        </div>
        <p className="px-4 pt-3 text-sm text-stone-600 dark:text-stone-400">
          {customised
            ? 'Your own list, kept on this device only. It replaces the default relays.'
            : 'The relays this app uses by default. Add or remove one to make the list your own.'}
        </p>
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {own.map((relay) => (
            <RelayRow
              key={relay.url}
              relay={relay}
              onRemove={own.length > 1 ? remove : undefined}
            />
          ))}
        </ul>
        <div className="border-t border-stone-200 p-4 dark:border-stone-800">
          <AddRelayForm />
          {customised && (
            <button
              type="button"
              className={`${buttonClass.ghost} mt-3`}
              onClick={() => {
                resetRelays()
                setNotice('Back to the default relays.')
              }}
            >
              Reset to defaults
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="nip65-relays" className={`${card} mt-6`}>
        <h2
          id="nip65-relays"
          className="border-b border-stone-200 px-4 py-3 font-semibold dark:border-stone-800"
        >
          Your published relay list (NIP-65)
        </h2>
        <div className="px-4 py-3 text-sm text-stone-600 dark:text-stone-400">
          {!signedIn ? (
            <p>Sign in to use the relay list you published from other nostr apps.</p>
          ) : !userList && listCheck !== 'done' ? (
            <p role="status" className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="size-3 animate-spin rounded-full border-2 border-stone-300 border-t-bitcoin"
              />
              Looking for the relay list you published…
            </p>
          ) : !userList ? (
            <p>No relay list (kind 10002) found for you yet, so only the relays above are used.</p>
          ) : (
            <p>
              Your list is honoured: what you publish also goes to your <strong>write</strong>{' '}
              relays, and your own tickets, offers and messages are also read from your{' '}
              <strong>read</strong> and write relays. Edit this list in the nostr app you made it
              with.
            </p>
          )}
        </div>
        {userList && (
          <ul className="divide-y divide-stone-200 border-t border-stone-200 dark:divide-stone-800 dark:border-stone-800">
            {[...new Set([...userList.read, ...userList.write])].map((url) => {
              const entry =
                fromNip65.find((relay) => relay.url === url) ??
                relays.find((relay) => relay.url === url)
              return (
                <RelayRow
                  key={url}
                  relay={{
                    url,
                    status: entry?.status ?? 'connecting',
                    source: 'nip65',
                    read: userList.read.includes(url),
                    write: userList.write.includes(url),
                  }}
                />
              )
            })}
          </ul>
        )}
      </section>
    </div>
  )
}
