import type { NostrEvent } from 'nostr-tools'
import { bytesToHex } from 'nostr-tools/utils'
import { issueDemoInvoice } from '../../scripts/demo-wallet'
import { Kind } from '../../src/nostr/kinds'
import type { TestIdentity } from './identities'
import type { makeSeeder } from './seed'

type Seeder = ReturnType<typeof makeSeeder>

export type SeededRequest = { id: string; invoice: string; paymentHash: string }

let count = 0

/**
 * A troubleshooter's payment request as another client writes it (literal tags, PROTOCOL.md) in
 * the ticket's thread, with a regtest invoice of the demo lightning network signed by them.
 */
export const seedPaymentRequest = async (
  seed: Seeder,
  input: {
    from: TestIdentity
    to: TestIdentity
    ticket: NostrEvent
    sats: number
    minutes?: number
  },
): Promise<SeededRequest> => {
  const title = input.ticket.tags.find((tag) => tag[0] === 'title')?.[1] ?? 'Troubleshooting'
  const { invoice, paymentHash } = issueDemoInvoice({
    amountMsats: input.sats * 1000,
    description: title,
    payeeSecret: bytesToHex(input.from.secretKey),
  })
  const id = `payreq-e2e-${process.pid}-${++count}`
  await seed.message({
    from: input.from,
    to: input.to,
    ticket: input.ticket,
    text: `Here is my invoice: ${input.sats.toLocaleString('en-US')} sats.`,
    tags: [
      ['subject', title],
      ['a', `${Kind.Offer}:${input.from.pubkey}:offer-${id}`],
      ['amount', String(input.sats * 1000)],
      ['bolt11', invoice],
      ...(input.minutes ? [['minutes', String(input.minutes)]] : []),
      ['payreq', id],
    ],
  })
  return { id, invoice, paymentHash }
}
