import type { ReadResult } from '@/nostr/read-result'
import { accept, reject } from '@/nostr/read-result'

/** `fetch`, or anything that answers like it (a test's router, a proxy). */
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>

export const defaultFetch: FetchFn = (url, init) => fetch(url, init)

/** Larger answers are not what a lightning address server sends: refused unread. */
export const MAX_ANSWER_BYTES = 64 * 1024
export const ANSWER_TIMEOUT_MS = 15_000

/** `text` with a capital first letter, to open a sentence. */
export const sentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

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
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/**
 * LUD-06 error answers (`{"status":"ERROR","reason":…}`) in plain words; undefined when `body`
 * is not one. The server's reason is shown short and as text only.
 */
const serverRefusal = (body: unknown, server: string): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined
  const { status, reason } = body as { status?: unknown; reason?: unknown }
  if (status !== 'ERROR') return undefined
  const said = typeof reason === 'string' ? reason.replace(/\s+/g, ' ').trim().slice(0, 160) : ''
  return said ? `${server} refused: “${said}”` : `${server} refused.`
}

const parseJson = (text: string): { body: unknown } | undefined => {
  try {
    return { body: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}

/**
 * GETs `url` over https and parses a JSON answer of at most MAX_ANSWER_BYTES within
 * ANSWER_TIMEOUT_MS; a LUD-06 error answer is refused with the server's reason. `serverName`
 * ("the server of …") names the other side in the plain-words reasons. Never throws.
 */
export const fetchJson = async (
  url: string,
  serverName: string,
  fetchFn: FetchFn,
): Promise<ReadResult<unknown>> => {
  const server = sentenceStart(serverName)
  if (!url.startsWith('https://')) return reject(`${server} must be reached over https.`)
  const signal = AbortSignal.timeout(ANSWER_TIMEOUT_MS)
  let response: Response
  let text: string | undefined
  try {
    response = await fetchFn(url, {
      signal,
      headers: { accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
    text = await readCapped(response, MAX_ANSWER_BYTES)
  } catch {
    return reject(
      signal.aborted ? `${server} did not answer in time.` : `Could not reach ${serverName}.`,
    )
  }
  // a redirect may only lead to another https address
  if (response.url !== '' && !response.url.startsWith('https://'))
    return reject(`${server} sent the app to an address that is not https.`)
  if (text === undefined) return reject(`${server} sent far more data than expected.`)
  const parsed = parseJson(text)
  const refused = parsed && serverRefusal(parsed.body, server)
  if (refused) return reject(refused)
  if (response.status === 404) return reject(`${server} does not know this lightning address.`)
  if (!response.ok) return reject(`${server} answered with an error (HTTP ${response.status}).`)
  return parsed ? accept(parsed.body) : reject(`${server} did not answer in the expected format.`)
}
