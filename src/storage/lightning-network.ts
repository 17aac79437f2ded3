import type { Network } from '@/lightning/bolt11'
import type { KeyValueStorage } from './device-storage'

/** Where this device may name another lightning network (local testing against regtest). */
export const LIGHTNING_NETWORK_KEY = 'bt:lightning-network'

const NETWORKS: readonly Network[] = ['bc', 'tb', 'bcrt', 'tbs']

const asNetwork = (value: string | null | undefined): Network | undefined =>
  NETWORKS.find((network) => network === value?.trim())

/**
 * The lightning network invoices must be for: this device's setting when it names one, else the
 * build's VITE_LIGHTNING_NETWORK (`npm start` builds its demo for regtest), else bitcoin.
 */
export const lightningNetwork = (
  storage: KeyValueStorage,
  env: string | undefined = import.meta.env.VITE_LIGHTNING_NETWORK,
): Network => asNetwork(storage.getItem(LIGHTNING_NETWORK_KEY)) ?? asNetwork(env) ?? 'bc'
