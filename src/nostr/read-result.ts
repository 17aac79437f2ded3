/** What a reader of untrusted relay data returns: the typed value, or why it was rejected. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string }

export const accept = <T>(value: T): ReadResult<T> => ({ ok: true, value })

export const reject = <T = never>(reason: string): ReadResult<T> => ({ ok: false, reason })
