import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import type { Ticket } from '@/nostr/ticket'
import { hexToBytes } from 'nostr-tools/utils'

/** Fixed secret keys for unit tests: a Bitcoiner, two troubleshooters, a stranger. */
export const SECRET = {
  bitcoiner: '5e7d2ab3e8d1a36a2c1a2c6f4f1b8f7e0a4d3c2b1a09f8e7d6c5b4a392817161',
  troubleshooter: '8a1f0c9e7d3b5a2f4e6d8c0b1a3f5e7d9c2b4a6f8e0d1c3b5a7f9e2d4c6b8a01',
  rival: '0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0',
  stranger: '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b',
} as const

export type Who = keyof typeof SECRET

/** The public keys of those identities, spelled out so tests read like wire data. */
export const BITCOINER = '8a7721cc24645103d6411cd0acc1f16e0403765de73d9b1016a512e48949bb2f'
export const TROUBLESHOOTER = '007b0a9caf5c0254f6de9e6448835dcc0c68ae730f7fcab5ff17a05fa08aa34d'
export const RIVAL = '3284bae4a1b693dfbe8ac67400e4891f3b53681c5159a315561051f3d2c57139'
export const STRANGER = 'b7b658944e7f6bb1b004a4f555a37c54ee59f143721b058279254658975ebf46'

/** The public key of a fixed test identity, derived from its secret key. */
export const pub = (who: Who): string => getPublicKey(hexToBytes(SECRET[who]))

/** Signs a template as `who`, giving a real, verifiable event. */
export const sign = (who: Who, template: EventTemplate): NostrEvent =>
  finalizeEvent(template, hexToBytes(SECRET[who]))

/** Signs raw tags and content of `kind` as `who`. */
export const signed = (
  who: Who,
  kind: number,
  tags: string[][],
  content = '',
  createdAt = 1760000000,
): NostrEvent => sign(who, { kind, tags, content, created_at: createdAt })

/** Asserts-free helper: the value of an ok ReadResult, or throws with its reason (tests only). */
export const valueOf = <T>(result: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`)
  return result.value
}

/** The reason of a refused ReadResult, or throws (tests only). */
export const reasonOf = (result: { ok: boolean; reason?: string }): string => {
  if (result.ok) throw new Error('expected a refusal, got ok')
  return result.reason ?? ''
}

/** The time the ticket values below are dated around (unix seconds). */
export const FIXED_NOW = 1_700_000_000

/** A read ticket (as `readTicket` gives it), New, posted 100 s before FIXED_NOW; override any field. */
export const ticketValue = (fields: Partial<Ticket> & Pick<Ticket, 'pubkey' | 'd'>): Ticket => ({
  id: fields.d.padEnd(64, '0').slice(0, 64),
  address: { kind: 32767, pubkey: fields.pubkey, d: fields.d },
  title: `Ticket ${fields.d}`,
  description: '',
  topics: [],
  status: 'new',
  stateHistory: [],
  publishedAt: FIXED_NOW - 100,
  createdAt: FIXED_NOW - 100,
  warnings: [],
  ...fields,
})
