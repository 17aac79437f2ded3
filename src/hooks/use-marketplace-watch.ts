import { useEffect, useState } from 'react'
import type { Filter } from 'nostr-tools'
import { filterKey, watchMarketplace } from '@/stores/marketplace-sync'
import { useRelays } from '@/stores/relays'
import { useSession } from '@/stores/session'

/**
 * Watches `filters` (shared with every other component asking the same) while mounted; true until
 * the relays sent what they had stored. No filters: nothing to watch, not loading.
 */
export const useMarketplaceWatch = (filters: readonly Filter[] | undefined): boolean => {
  const key = filters && filters.length > 0 ? filterKey(filters) : undefined
  // watch again (on the new relays) when the relay list or the signed-in person changes
  const relays = useRelays((state) => state.relays.map((relay) => relay.url).join(' '))
  const me = useSession((state) => state.pubkey)
  const [doneKey, setDoneKey] = useState<string>()
  useEffect(() => {
    if (key === undefined) return
    return watchMarketplace(JSON.parse(key) as Filter[], { onEose: () => setDoneKey(key) })
  }, [key, relays, me])
  return key !== undefined && doneKey !== key
}
