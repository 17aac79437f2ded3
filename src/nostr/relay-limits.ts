import { normalizeRelayUrl } from './safe-url'

/** At most this many relays are taken from one person's list (NIP-65, NIP-17 or a hint). */
const MAX_RELAYS_PER_PERSON = 8

export type RelayLimits = {
  /**
   * Allow loopback relays (and plain ws:// for them): only when the app itself is configured with
   * a loopback relay (a local demo or test), never for relays on the open network.
   */
  allowLoopback: boolean
  max?: number
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

const isPrivateIpv4 = (host: string): boolean => {
  const match = IPV4.exec(host)
  if (!match) return false
  const [a, b] = [Number(match[1]), Number(match[2])]
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  )
}

const isPrivateIpv6 = (host: string): boolean => {
  if (!host.startsWith('[')) return false
  const ip = host.slice(1, -1).toLowerCase()
  if (ip === '::' || ip === '::1') return true
  // IPv4-mapped addresses (::ffff:…) are refused whole: relays on the internet have a name
  return ip.startsWith('::ffff:') || /^(fc|fd|fe[89ab])/.test(ip)
}

const isLoopback = (host: string): boolean =>
  host === 'localhost' ||
  host.endsWith('.localhost') ||
  host === '[::1]' ||
  (IPV4.test(host) && host.startsWith('127.'))

/** A host that is not on the open internet: loopback, private, link-local, `.local` and the like. */
const isLocalHost = (host: string): boolean =>
  isLoopback(host) ||
  isPrivateIpv4(host) ||
  isPrivateIpv6(host) ||
  host.endsWith('.local') ||
  host.endsWith('.internal') ||
  host.endsWith('.home.arpa') ||
  (!host.includes('.') && !host.startsWith('['))

/** One relay address from someone else, normalised, or undefined when it is not allowed. */
export const allowedRelayUrl = (value: unknown, limits: RelayLimits): string | undefined => {
  const normalised = normalizeRelayUrl(value)
  if (!normalised) return undefined
  const host = new URL(normalised).hostname
  if (limits.allowLoopback && isLoopback(host)) return normalised
  if (!normalised.startsWith('wss://') || isLocalHost(host)) return undefined
  return normalised
}

/**
 * Relay addresses taken from other people (their relay lists, DM relay lists, hints): `wss://`
 * only, no loopback, private, link-local or `.local` hosts, normalised, each once, at most eight.
 */
export const limitRelayUrls = (values: readonly unknown[], limits: RelayLimits): string[] => {
  const urls: string[] = []
  const max = limits.max ?? MAX_RELAYS_PER_PERSON
  for (const value of values) {
    if (urls.length >= max) break
    const url = allowedRelayUrl(value, limits)
    if (url && !urls.includes(url)) urls.push(url)
  }
  return urls
}

/** Whether a relay address is a loopback relay (the app configured with a local relay). */
export const isLoopbackRelay = (url: string): boolean => {
  const normalised = normalizeRelayUrl(url)
  return normalised !== undefined && isLoopback(new URL(normalised).hostname)
}
