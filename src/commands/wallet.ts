import { readWalletUri } from '@/nostr/wallet-uri'
import {
  forgetWalletConnection,
  keepWalletConnection,
  readWalletConnection,
} from '@/storage/wallet-connection'
import { relayLimits } from '@/stores/relay-choice'
import { useSession } from '@/stores/session'
import { setWallet } from '@/stores/wallet'
import { WalletFailure, openWallet } from '@/wallet/nwc'
import type { WalletConnection } from '@/wallet/nwc'

/**
 * The wallet: connect with a pasted or scanned Nostr Wallet Connect string (kept sealed on this
 * device, see storage/wallet-connection.ts), reconnect at start, read the balance, disconnect.
 */

let connection: WalletConnection | undefined

const signedInPubkey = () => {
  const session = useSession.getState()
  return session.status === 'signed-in' ? session.pubkey : undefined
}

const adoptConnection = (opened: WalletConnection) => {
  connection?.close()
  connection = opened
  setWallet({ status: 'connected', info: opened.info })
  void refreshBalance()
}

/** The open wallet connection, if any (payments use it). */
export const currentWallet = (): WalletConnection | undefined => connection

/** What connecting said: connected, or why not (`weakEncryption`: may retry with consent). */
export type ConnectOutcome = { ok: true } | { ok: false; problem: string; weakEncryption?: boolean }

/**
 * Connects the wallet a connection string names and keeps the string sealed on this device.
 * A wallet that speaks only NIP-04 is refused unless `allowNip04` (the person accepted the
 * warning). Nothing is kept when connecting fails.
 */
export const connectWallet = async (
  text: string,
  options: { allowNip04: boolean } = { allowNip04: false },
): Promise<ConnectOutcome> => {
  const owner = signedInPubkey()
  if (!owner) return { ok: false, problem: 'Sign in first: the wallet is kept for your account.' }
  const read = readWalletUri(text, relayLimits())
  if (!read.ok) return { ok: false, problem: read.reason }
  // the form shows its own progress: the page keeps it (and what was typed) while connecting
  try {
    const opened = await openWallet(text.trim(), options)
    await keepWalletConnection(owner, text.trim())
    adoptConnection(opened)
    return { ok: true }
  } catch (error) {
    if (error instanceof WalletFailure)
      return { ok: false, problem: error.message, weakEncryption: error.kind === 'weak-encryption' }
    return { ok: false, problem: error instanceof Error ? error.message : 'Connecting failed.' }
  }
}

/** Reconnects the wallet this device keeps for the signed-in person (at start, or to retry). */
export const restoreWallet = async (): Promise<void> => {
  const owner = signedInPubkey()
  if (!owner || connection) return
  const uri = await readWalletConnection(owner)
  if (!uri) return setWallet({ status: 'none' })
  setWallet({ status: 'connecting' })
  try {
    // it was accepted when it was kept, weaker encryption included
    adoptConnection(await openWallet(uri, { allowNip04: true }))
  } catch (error) {
    setWallet({
      status: 'unreachable',
      problem: error instanceof Error ? error.message : 'Could not reach your wallet.',
    })
  }
}

/** Asks the wallet for its balance again. */
export const refreshBalance = async (): Promise<void> => {
  const open = connection
  if (!open) return
  try {
    const balanceMsats = await open.balanceMsats()
    if (open === connection) setWallet({ status: 'connected', info: open.info, balanceMsats })
  } catch (error) {
    if (open !== connection) return
    const balanceProblem = error instanceof Error ? error.message : 'The balance is not available.'
    setWallet({ status: 'connected', info: open.info, balanceProblem })
  }
}

/**
 * Disconnects: the connection closes and this device forgets the string (the person's, or on
 * sign-out everyone's). The wallet itself may still list this app until it is revoked there.
 */
export const disconnectWallet = async (everyone = false): Promise<void> => {
  connection?.close()
  connection = undefined
  setWallet({ status: 'none' })
  await forgetWalletConnection(everyone ? undefined : signedInPubkey())
}
