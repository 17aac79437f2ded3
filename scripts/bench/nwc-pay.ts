/**
 * Bench section for paying through Nostr Wallet Connect on loopback: the app's wallet transport
 * (src/wallet/nwc.ts, @getalby/sdk's NWCClient) pays invoices of the demo wallet's fake network
 * through a local relay, one after another; the time from asking to the proven preimage.
 */
import { createHash } from 'node:crypto'
import { WebSocket } from 'ws'
import { issueDemoInvoice, startDemoWallet } from '../demo-wallet.ts'
import { startRelay } from '../relay.ts'

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket

const PAYMENTS = 30
const WARM_UP = 3

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN
}

export async function nwcPayFigures() {
  const { openWallet } = await import('../../src/wallet/nwc.ts')
  const relay = await startRelay({ name: 'bench wallet relay' })
  const wallet = await startDemoWallet({ relayUrl: relay.url, balanceSats: 1_000_000 })
  const connection = await openWallet(wallet.uri, { allowNip04: false })
  const times: number[] = []
  try {
    for (let n = 0; n < WARM_UP + PAYMENTS; n++) {
      const { invoice, paymentHash } = issueDemoInvoice({
        amountMsats: 21_000,
        description: 'bench',
        payeeSecret: 'd'.repeat(64),
      })
      const started = performance.now()
      const { preimage } = await connection.payInvoice(invoice)
      const proven = createHash('sha256').update(Buffer.from(preimage, 'hex')).digest('hex')
      if (proven !== paymentHash) throw new Error('the demo wallet returned a wrong preimage')
      if (n >= WARM_UP) times.push(performance.now() - started)
    }
  } finally {
    connection.close()
    await wallet.stop()
    await relay.stop()
  }
  return {
    nwcPayP50Ms: Math.round(percentile(times, 0.5)),
    nwcPayP95Ms: Math.round(percentile(times, 0.95)),
    nwcPayWhere: `node, app's NWC transport to the demo wallet over a local relay, ${PAYMENTS} payments after ${WARM_UP} warm-up`,
  }
}
