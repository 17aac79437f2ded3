import type { NostrEvent } from 'nostr-tools'

/*
 * A reader of tickets, offers and troubleshooter cards written from docs/PROTOCOL.md alone (no
 * import from src/), so the e2e tests can check what the app publishes against the contract
 * rather than against the app's own readers. Every broken rule is listed in `problems`.
 */

/** What was read, and every rule of PROTOCOL.md the event breaks (empty when it keeps them all). */
export type Parsed<T> = { value: T; problems: string[] }

/** An `a` tag: the address it names and its third slot. */
export type AddressRef = { kind: number; pubkey: string; d: string; relayHint: string | undefined }

export type StateChange = { from: number; to: number; at: number }
export type WirePrice = { pricing: number; amount: number }
export type ZapSplit = { pubkey: string; relayHint: string | undefined; weight: string | undefined }

export type ProtocolTicket = {
  d: string
  title: string
  topics: string[]
  status: number
  stateHistory: StateChange[]
  publishedAt: number
  accepted: AddressRef | undefined
  p: string[]
  budget: number | undefined
  alt: string | undefined
  description: string
}

export type ProtocolOffer = {
  d: string
  ticket: AddressRef | undefined
  pricing: number
  amount: number
  publishedAt: number
  pricingHistory: { from: WirePrice | undefined; to: WirePrice | undefined; at: number }[]
  p: string[]
  zaps: ZapSplit[]
  alt: string | undefined
  coverLetter: string
}

export type ProtocolCard = {
  d: string
  title: string
  topics: string[]
  pricing: number
  amount: number
  available: boolean
  stateHistory: StateChange[]
  publishedAt: number
  about: string
}

const HEX64 = /^[0-9a-f]{64}$/
const SLUG = /^[a-z0-9_.-]+$/
const UNIX = /^\d{1,11}$/

/** PROTOCOL.md: "In an `a` tag the third slot is a relay hint URL or empty, never anything else." */
export const isRelayHint = (slot: string | undefined): boolean =>
  slot === undefined || slot === '' || /^wss?:\/\/[^\s]+$/.test(slot)

/** Tag access that records what is missing or malformed. */
class TagReader {
  readonly problems: string[] = []
  constructor(private readonly event: NostrEvent) {}

  all(name: string): string[][] {
    return this.event.tags.filter((tag) => tag[0] === name)
  }

  /** The value of the one `name` tag; a problem when there are several, or none and required. */
  one(name: string, required: boolean): string | undefined {
    const tags = this.all(name)
    if (tags.length > 1) this.problems.push(`${tags.length} "${name}" tags, expected one`)
    if (tags.length === 0 && required) this.problems.push(`no "${name}" tag`)
    return tags[0]?.[1]
  }

  integer(name: string, text: string | undefined): number {
    if (text === undefined) return NaN
    if (!/^\d+$/.test(text)) this.problems.push(`"${name}" is not an integer: ${text}`)
    return Number(text)
  }

  unixTime(name: string, text: string | undefined): number {
    if (text !== undefined && !UNIX.test(text))
      this.problems.push(`"${name}" is not a unix time: ${text}`)
    return Number(text)
  }

  pubkeys(name: string): string[] {
    return this.all(name).map((tag) => {
      const pubkey = tag[1] ?? ''
      if (!HEX64.test(pubkey)) this.problems.push(`"${name}" is not a hex pubkey: ${pubkey}`)
      return pubkey
    })
  }

  address(tag: string[] | undefined, kind: number): AddressRef | undefined {
    if (!tag) return undefined
    const [kindText, pubkey = '', ...rest] = (tag[1] ?? '').split(':')
    const ref = { kind: Number(kindText), pubkey, d: rest.join(':'), relayHint: tag[2] }
    if (ref.kind !== kind) this.problems.push(`"a" names kind ${kindText}, expected ${kind}`)
    if (!HEX64.test(pubkey)) this.problems.push(`"a" has no hex pubkey: ${tag[1]}`)
    if (!ref.d) this.problems.push(`"a" has no d: ${tag[1]}`)
    if (!isRelayHint(tag[2]))
      this.problems.push(`"a" third slot is neither a relay URL nor empty: ${tag[2]}`)
    if (tag.length > 3) this.problems.push(`"a" has ${tag.length} slots`)
    return ref
  }

  topics(): string[] {
    const topics = this.all('t').map((tag) => tag[1] ?? '')
    if (topics.length > 5) this.problems.push(`${topics.length} topics, at most 5`)
    for (const topic of topics)
      if (!SLUG.test(topic)) this.problems.push(`topic "${topic}" is not [a-z0-9_.-]`)
    return topics
  }

  stateHistory(allowed: (from: number, to: number) => boolean): StateChange[] {
    return this.all('state_history').map((tag) => {
      const change = {
        from: Number(tag[1]),
        to: Number(tag[2]),
        at: this.unixTime('state_history', tag[3]),
      }
      if (tag.length !== 4 || !allowed(change.from, change.to))
        this.problems.push(`state_history entry ${JSON.stringify(tag)} is not allowed`)
      return change
    })
  }

  title(): string {
    const title = this.one('title', true) ?? ''
    if (!title.trim()) this.problems.push('empty title')
    return title
  }

  d(): string {
    const d = this.one('d', true) ?? ''
    if (!d) this.problems.push('empty d')
    return d
  }
}

const kindIs = (event: NostrEvent, kind: number, reader: TagReader) => {
  if (event.kind !== kind) reader.problems.push(`kind ${event.kind}, expected ${kind}`)
}

/** Ticket moves of the state machine; -1 → 0 is creation. */
const TICKET_MOVES = new Set(['-1>0', '0>1', '0>2', '0>3', '1>2', '1>3'])

/** A ticket (kind 32767) as PROTOCOL.md defines it. */
export const parseTicket = (event: NostrEvent): Parsed<ProtocolTicket> => {
  const r = new TagReader(event)
  kindIs(event, 32767, r)
  const d = r.d()
  if (!/^[0-9a-f]{16,}$/.test(d)) r.problems.push(`d "${d}" is not 16+ hex characters`)
  const title = r.title()
  if (title.length > 140) r.problems.push(`title is ${title.length} characters, at most 140`)
  const statusText = r.one('s', true)
  if (!['0', '1', '2', '3'].includes(statusText ?? ''))
    r.problems.push(`s is "${statusText}", expected 0–3`)
  const status = Number(statusText)
  const stateHistory = r.stateHistory((from, to) => TICKET_MOVES.has(`${from}>${to}`))
  if (stateHistory[0]?.from !== -1 || stateHistory[0]?.to !== 0)
    r.problems.push('state_history does not start with creation (-1 → 0)')
  stateHistory.forEach((change, i) => {
    const before = stateHistory[i - 1]
    if (before && (before.to !== change.from || before.at > change.at))
      r.problems.push(`state_history entry ${i} does not follow the one before`)
  })
  if (stateHistory.at(-1)?.to !== status) r.problems.push('state_history does not end at s')
  const aTags = r.all('a')
  if (aTags.length > 1) r.problems.push(`${aTags.length} "a" tags, at most one`)
  const accepted = r.address(aTags[0], 32768)
  if (status === 1 && !accepted) r.problems.push('In progress without an accepted offer')
  if (status === 0 && accepted) r.problems.push('New but names an accepted offer')
  const budgetText = r.one('budget', false)
  const alt = r.one('alt', false)
  if (alt !== undefined && alt !== `Bitcoin Troubleshoot ticket: ${title}`)
    r.problems.push(`alt is "${alt}"`)
  return {
    value: {
      d,
      title,
      topics: r.topics(),
      status,
      stateHistory,
      publishedAt: r.unixTime('published_at', r.one('published_at', true)),
      accepted,
      p: r.pubkeys('p'),
      budget: budgetText === undefined ? undefined : r.integer('budget', budgetText),
      alt,
      description: event.content,
    },
    problems: r.problems,
  }
}

const readWirePrice = (json: string | undefined): WirePrice | undefined => {
  try {
    const value = JSON.parse(json ?? '') as Record<string, unknown>
    const { pricing, amount } = value
    return typeof pricing === 'number' && typeof amount === 'number'
      ? { pricing, amount }
      : undefined
  } catch {
    return undefined
  }
}

const readPrice = (r: TagReader) => {
  const pricingText = r.one('pricing', true)
  if (pricingText !== '0' && pricingText !== '1')
    r.problems.push(`pricing is "${pricingText}", expected 0 or 1`)
  return {
    pricing: Number(pricingText),
    amount: r.integer('amount', r.one('amount', true)),
  }
}

/** An offer (kind 32768) as PROTOCOL.md defines it. */
export const parseOffer = (event: NostrEvent): Parsed<ProtocolOffer> => {
  const r = new TagReader(event)
  kindIs(event, 32768, r)
  const d = r.d()
  const aTags = r.all('a')
  if (aTags.length !== 1) r.problems.push(`${aTags.length} "a" tags, expected one`)
  const ticket = r.address(aTags[0], 32767)
  const price = readPrice(r)
  const pricingHistory = r.all('pricing_history').map((tag) => {
    const entry = {
      from: readWirePrice(tag[1]),
      to: readWirePrice(tag[2]),
      at: r.unixTime('pricing_history', tag[3]),
    }
    if (!entry.from || !entry.to) r.problems.push(`pricing_history ${JSON.stringify(tag)}`)
    return entry
  })
  const zaps = r.all('zap').map((tag) => {
    const zap = { pubkey: tag[1] ?? '', relayHint: tag[2], weight: tag[3] }
    if (!HEX64.test(zap.pubkey)) r.problems.push(`zap pubkey ${zap.pubkey}`)
    if (!isRelayHint(zap.relayHint)) r.problems.push(`zap relay hint ${zap.relayHint}`)
    if (zap.weight !== undefined && !/^\d+(\.\d+)?$/.test(zap.weight))
      r.problems.push(`zap weight ${zap.weight}`)
    return zap
  })
  const alt = r.one('alt', false)
  if (alt !== undefined && alt !== 'Bitcoin Troubleshoot offer') r.problems.push(`alt is "${alt}"`)
  return {
    value: {
      d,
      ticket,
      ...price,
      publishedAt: r.unixTime('published_at', r.one('published_at', true)),
      pricingHistory,
      p: r.pubkeys('p'),
      zaps,
      alt,
      coverLetter: event.content,
    },
    problems: r.problems,
  }
}

/** A troubleshooter card (kind 32765) as PROTOCOL.md defines it. */
export const parseCard = (event: NostrEvent): Parsed<ProtocolCard> => {
  const r = new TagReader(event)
  kindIs(event, 32765, r)
  const s = r.one('s', true)
  if (s !== '0' && s !== '1') r.problems.push(`s is "${s}", expected 0 or 1`)
  return {
    value: {
      d: r.d(),
      title: r.title(),
      topics: r.topics(),
      ...readPrice(r),
      available: s === '1',
      stateHistory: r.stateHistory((from, to) => from >= -1 && from <= 1 && to >= 0 && to <= 1),
      publishedAt: r.unixTime('published_at', r.one('published_at', true)),
      about: event.content,
    },
    problems: r.problems,
  }
}
