import { accept, reject, type ReadResult } from '@/nostr/read-result'

/** One tagged field of an invoice's data part, as 5-bit words. */
export type TaggedField = { type: number; data: number[] }

/** Field types as 5-bit values. */
export const FIELD = { paymentHash: 1, features: 5, payeeNodeKey: 19 }

/**
 * Lengths of p (1), h (23), s (16) and n (19): BOLT #11 says a reader MUST skip such a field when
 * it has another length (a future version may use it).
 */
const FIXED_LENGTH: Record<number, number> = { 1: 52, 23: 52, 16: 52, 19: 53 }

/** Splits the tagged fields (the data part after the timestamp, before the signature). */
export function splitTaggedFields(words: readonly number[]): ReadResult<TaggedField[]> {
  const fields: TaggedField[] = []
  let at = 0
  while (at < words.length) {
    const type = words[at] ?? 0
    const length = (words[at + 1] ?? 0) * 32 + (words[at + 2] ?? 0)
    if (at + 3 > words.length || at + 3 + length > words.length) {
      return reject('The invoice is cut short: one of its fields runs past the end.')
    }
    fields.push({ type, data: words.slice(at + 3, at + 3 + length) })
    at += 3 + length
  }
  return accept(fields)
}

/** Whether a reader must skip this field (a p, h, s or n field of the wrong length). */
export const mustSkip = (field: TaggedField): boolean => {
  const expected = FIXED_LENGTH[field.type]
  return expected !== undefined && field.data.length !== expected
}

/** The field back as words: type, length (two words), data. */
export const fieldWords = (field: TaggedField): number[] => [
  field.type,
  field.data.length >> 5,
  field.data.length & 31,
  ...field.data,
]
