/** URL guards for anything that came from relays: links, images, relay addresses. */

const parse = (value: unknown): URL | undefined => {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.length > 2048) return undefined
  try {
    return new URL(trimmed)
  } catch {
    return undefined
  }
}

const NOSTR_URI = /^nostr:(npub|note|nevent|naddr|nprofile)1[023456789acdefghjklmnpqrstuvwxyz]+$/

const isWebUrl = (url: URL) =>
  (url.protocol === 'http:' || url.protocol === 'https:') &&
  url.hostname !== '' &&
  // user:password@host links are a classic way to disguise where a link really goes
  url.username === '' &&
  url.password === ''

/** A link safe to put in `href`: http(s) or a NIP-21 `nostr:` URI, normalised; else undefined. */
export const safeLinkUrl = (value: unknown): string | undefined => {
  if (typeof value === 'string' && NOSTR_URI.test(value.trim().toLowerCase())) {
    return value.trim().toLowerCase()
  }
  const url = parse(value)
  return url && isWebUrl(url) ? url.href : undefined
}

/** An image address safe to put in `src`: http(s) only, normalised; else undefined. */
export const safeImageUrl = (value: unknown): string | undefined => {
  const url = parse(value)
  return url && isWebUrl(url) ? url.href : undefined
}

/**
 * A relay address in one canonical spelling (ws/wss only, lowercase host, no default port, no
 * fragment, no trailing slash on a bare host), so the same relay is never listed twice.
 */
export const normalizeRelayUrl = (value: unknown): string | undefined => {
  const url = parse(value)
  if (!url || (url.protocol !== 'wss:' && url.protocol !== 'ws:')) return undefined
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined
  url.hash = ''
  const href = url.href
  return url.pathname === '/' && url.search === '' ? href.replace(/\/$/, '') : href
}
