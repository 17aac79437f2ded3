import { create } from 'zustand'
import type { WalletInfo } from '@/wallet/nwc'

/**
 * The person's wallet connection as the screens see it: never the connection string, which lives
 * only in src/wallet (in memory) and sealed in src/storage.
 */
export type WalletState =
  | { status: 'none' }
  /** Reading the connection this device keeps, or reaching the wallet. */
  | { status: 'connecting' }
  | {
      status: 'connected'
      info: WalletInfo
      /** Millisats; undefined until the wallet answered, or when it may not tell. */
      balanceMsats?: number
      /** Why the balance could not be read, in plain words. */
      balanceProblem?: string
    }
  /** The kept connection did not answer: it stays kept, to try again. */
  | { status: 'unreachable'; problem: string }

export const useWallet = create<{ wallet: WalletState }>()(() => ({
  wallet: { status: 'none' },
}))

export const setWallet = (wallet: WalletState): void => useWallet.setState({ wallet })
