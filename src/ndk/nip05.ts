/**
 * NIP-05: does `name@domain` really belong to this pubkey? Asked of the domain's well-known file,
 * `https://<domain>/.well-known/nostr.json?name=<name>`, over https only (a redirect is refused, as
 * NIP-05 says), with a size cap and a timeout; each answer is kept for the session.
 */

/** What the check found. `unchecked`: the domain could not be asked, so nothing is known. */
export type Nip05Check =
  | { status: 'verified'; domain: string }
  | { status: 'not-verified'; reason: string }
  | { status: 'unchecked'; reason: string }

/** `fetch`, or anything that answers like it (a test's fake network). */
export type Nip05Fetch = (url: string, init?: RequestInit) => Promise<Response>

export type Nip05Options = {
  fetchFn?: Nip05Fetch
  /** Gives up after this long (default 8 s). */
  timeoutMs?: number
  /** Ask again even when this session already has an answer (e.g. "Check again"). */
  fresh?: boolean
}

/** A nostr.json larger than this is not what a NIP-05 server sends: refused unread. */
export const NIP05_MAX_BYTES = 256 * 1024
const DEFAULT_TIMEOUT_MS = 8000

const NAME = /^[a-z0-9._-]{1,64}$/
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** `name@domain` (a bare `domain` is `_@domain`) split and checked; undefined when malformed. */
export const readNip05 = (text: string): { name: string; domain: string } | undefined => {
  const trimmed = text.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  const name = at < 0 ? '_' : trimmed.slice(0, at)
  const domain = trimmed.slice(at + 1)
  const labels = domain.split('.')
  const plain =
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /[a-z]/.test(labels.at(-1) ?? '')
  return NAME.test(name) && plain ? { name, domain } : undefined
}

/** Reads at most `cap` bytes of the body; undefined when there is more. */
const readCapped = async (response: Response, cap: number): Promise<string | undefined> => {
  if (Number(response.headers.get('content-length') ?? 0) > cap) return undefined
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > cap) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer())
}

const answerNames = (text: string): Record<string, unknown> | undefined => {
  try {
    const body = JSON.parse(text) as { names?: unknown }
    const names = body?.names
    return typeof names === 'object' && names !== null && !Array.isArray(names)
      ? (names as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** One check, uncached. Never throws. */
const ask = async (
  nip05: string,
  pubkey: string,
  fetchFn: Nip05Fetch,
  timeoutMs: number,
): Promise<Nip05Check> => {
  const parts = readNip05(nip05)
  if (!parts) return { status: 'not-verified', reason: 'it is not a name@domain address' }
  const { name, domain } = parts
  const url = `https://${domain}/.well-known/nostr.json?name=${encodeURIComponent(name)}`
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  let response: Response
  let text: string | undefined
  try {
    response = await fetchFn(url, {
      signal: abort.signal,
      redirect: 'error',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    })
    text = await readCapped(response, NIP05_MAX_BYTES)
  } catch {
    return abort.signal.aborted
      ? { status: 'unchecked', reason: `${domain} did not answer in time` }
      : { status: 'unchecked', reason: `${domain} could not be reached` }
  } finally {
    clearTimeout(timer)
  }
  if (response.url !== '' && !response.url.startsWith('https://'))
    return { status: 'unchecked', reason: `${domain} answered from an address that is not https` }
  if (!response.ok)
    return {
      status: 'unchecked',
      reason: `${domain} answered with an error (HTTP ${response.status})`,
    }
  if (text === undefined) return { status: 'unchecked', reason: `${domain} sent far too much data` }
  const names = answerNames(text)
  if (!names) return { status: 'unchecked', reason: `${domain} did not answer in NIP-05's format` }
  const listed = names[name]
  if (listed === undefined)
    return { status: 'not-verified', reason: `${domain} does not list this name` }
  return typeof listed === 'string' && listed.toLowerCase() === pubkey.toLowerCase()
    ? { status: 'verified', domain }
    : { status: 'not-verified', reason: `${domain} gives this name to another key` }
}

const checks = new Map<string, Promise<Nip05Check>>()

/**
 * Checks that `nip05` names `pubkey` on its domain's well-known file. Every answer, including
 * "could not check", is kept for the session (one request per address and key, however many
 * ask); `fresh` asks again.
 */
export const checkNip05 = (
  nip05: string,
  pubkey: string,
  options: Nip05Options = {},
): Promise<Nip05Check> => {
  const key = `${nip05.trim().toLowerCase()} ${pubkey}`
  const known = checks.get(key)
  if (known && !options.fresh) return known
  const fetchFn = options.fetchFn ?? ((url, init) => fetch(url, init))
  const check = ask(nip05, pubkey, fetchFn, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  checks.set(key, check)
  return check
}

/** Forgets every answer (tests; sign-out needs no call: nothing here is private). */
export const forgetNip05Checks = (): void => checks.clear()
