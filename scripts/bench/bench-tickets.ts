import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { NostrEvent } from 'nostr-tools'
import { finalizeEvent, setNostrWasm } from 'nostr-tools/wasm'
import { initNostrWasm } from 'nostr-wasm/gzipped'
import { makeTicket } from '../../src/nostr/ticket'
import { TOPICS } from '../../src/nostr/topics'

const AUTHORS = 40
const VERSION = 1

const secretKey = (n: number) => sha256(utf8ToBytes(`bitcoin-troubleshoot bench author ${n}`))
const d = (n: number) => Buffer.from(sha256(utf8ToBytes(`bench ticket ${n}`))).toString('hex')

const words = ['wallet', 'stuck', 'sync', 'channel', 'firmware', 'passphrase', 'descriptor', 'fee']

/** Template of bench ticket `n`: varied titles, self-custody topics, most with a budget. */
const template = (n: number, createdAt: number) =>
  makeTicket(
    {
      d: d(n).slice(0, 32),
      title: `Bench ticket ${n}: ${words[n % words.length]} problem after an update`,
      description: `Ticket number ${n}. ${'My setup stopped working and I do not know why. '.repeat(1 + (n % 4))}`,
      topics: [
        TOPICS[n % TOPICS.length]?.slug ?? 'ledger',
        TOPICS[(n * 7) % TOPICS.length]?.slug ?? 'tor',
      ],
      ...(n % 3 === 0 ? {} : { budget: 1000 * (1 + (n % 50)) }),
    },
    createdAt,
  )

/**
 * `count` New tickets (kind 32767) signed by a few fixed authors, one second apart, the newest a
 * few minutes before they were first made. Signing 10,000 takes a while, so they are kept in
 * `.bench/` and reused; the prefix of a bigger set serves a smaller count.
 */
export async function benchTickets(root: string, count: number): Promise<NostrEvent[]> {
  const file = `${root}/.bench/tickets-v${VERSION}.json`
  if (existsSync(file)) {
    const cached = JSON.parse(await readFile(file, 'utf8')) as NostrEvent[]
    if (cached.length >= count) return cached.slice(0, count)
  }
  setNostrWasm(await initNostrWasm())
  const newest = Math.floor(Date.now() / 1000) - 300
  const events: NostrEvent[] = []
  for (let n = 0; n < count; n++) {
    const signed = finalizeEvent(template(n, newest - n), secretKey(n % AUTHORS))
    events.push(JSON.parse(JSON.stringify(signed)) as NostrEvent)
  }
  await mkdir(`${root}/.bench`, { recursive: true })
  await writeFile(file, JSON.stringify(events))
  return events
}
