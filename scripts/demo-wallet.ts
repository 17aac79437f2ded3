import { randomBytes } from 'node:crypto'
import { getPublicKey } from 'nostr-tools/pure'
import { WebSocket } from 'ws'

// Node 20 has no global WebSocket; the wallet service's relay code needs one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

export type DemoWalletOptions = {
  relayUrl: string
  /** What the fake ledger holds at start, in sats. */
  balanceSats: number
  alias?: string
  /** The encryptions the wallet's info event offers (both by default, as real wallets do). */
  encryptions?: 'nip44_v2 nip04' | 'nip04'
  /** Keys, fixed for a demo that restarts; random when omitted. */
  walletSecret?: string
  clientSecret?: string
}

export type DemoWallet = {
  /** `nostr+walletconnect://…`: the secret a person pastes in the app's Wallet page. */
  uri: string
  walletPubkey: string
  /** The fake ledger's balance, in millisats. */
  balanceMsats(): number
  stop(): Promise<void>
}

const hexKey = () => randomBytes(32).toString('hex')

/**
 * A NIP-47 wallet service over a fake ledger (@getalby/sdk's NWCWalletService): it publishes its
 * kind 13194 info event on `relayUrl` and answers get_info and get_balance for one connection.
 * An honest wallet for the demo and the tests; it moves no real sats. Prints nothing.
 */
export const startDemoWallet = async (options: DemoWalletOptions): Promise<DemoWallet> => {
  const { NWCWalletService, NWCWalletServiceKeyPair } = await import('@getalby/sdk/nwc')
  const walletSecret = options.walletSecret ?? hexKey()
  const clientSecret = options.clientSecret ?? hexKey()
  const walletPubkey = getPublicKey(Buffer.from(walletSecret, 'hex'))
  const clientPubkey = getPublicKey(Buffer.from(clientSecret, 'hex'))
  let balanceMsats = options.balanceSats * 1000

  const service = new NWCWalletService({ relayUrls: [options.relayUrl] })
  const methods = ['get_info', 'get_balance'] as const
  await service.publishWalletServiceInfoEvent(walletSecret, [...methods], [])
  if (options.encryptions === 'nip04') {
    // the SDK always offers both: a wallet that only speaks NIP-04 says so in a newer info event
    const { finalizeEvent } = await import('nostr-tools/pure')
    const info = finalizeEvent(
      {
        kind: 13194,
        created_at: Math.floor(Date.now() / 1000) + 1,
        tags: [['encryption', 'nip04']],
        content: methods.join(' '),
      },
      Buffer.from(walletSecret, 'hex'),
    )
    await Promise.any(service.pool.publish([options.relayUrl], info))
  }
  const keypair = new NWCWalletServiceKeyPair(walletSecret, clientPubkey)
  const unsubscribe = await service.subscribe(keypair, {
    getInfo: async () => ({
      result: {
        alias: options.alias ?? 'Demo wallet',
        color: '#f7931a',
        pubkey: walletPubkey,
        network: 'regtest',
        block_height: 1,
        block_hash: '00'.repeat(32),
        methods: [...methods],
      },
      error: undefined,
    }),
    getBalance: async () => ({ result: { balance: balanceMsats }, error: undefined }),
  })

  const relay = encodeURIComponent(options.relayUrl)
  return {
    uri: `nostr+walletconnect://${walletPubkey}?relay=${relay}&secret=${clientSecret}`,
    walletPubkey,
    balanceMsats: () => balanceMsats,
    stop: async () => {
      unsubscribe()
      // the SDK does not await its last answers' OKs: closing under them rejects them unhandled
      await new Promise((settled) => setTimeout(settled, 300))
      service.close()
      balanceMsats = 0
    },
  }
}
