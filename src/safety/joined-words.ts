import type { Wordlist } from './wordlist-index'
import { countWork } from './work-meter'

/** One wordlist word inside a longer run of letters. */
export type JoinedWord = { index: number; offset: number; length: number }

/**
 * Ways to read `text` as wordlist words written without spaces ("abandonabilityable"), at most
 * `limit` of them. Linear in the text: a backward pass marks where a full split can start, so the
 * search never follows a dead end.
 */
export function splitJoined(text: string, list: Wordlist, limit: number): JoinedWord[][] {
  const n = text.length
  const reach = new Uint8Array(n + 1)
  reach[n] = 1
  for (let i = n - 1; i >= 0; i--) {
    for (let length = 1; length <= list.longest && i + length <= n; length++) {
      countWork(1)
      if (reach[i + length] && list.index.has(text.slice(i, i + length))) {
        reach[i] = 1
        break
      }
    }
  }
  const splits: JoinedWord[][] = []
  if (!reach[0]) return splits
  const path: JoinedWord[] = []
  const walk = (at: number) => {
    if (splits.length >= limit) return
    if (at === n) {
      splits.push([...path])
      return
    }
    for (let length = 1; length <= list.longest && at + length <= n; length++) {
      countWork(1)
      if (!reach[at + length]) continue
      const index = list.index.get(text.slice(at, at + length))
      if (index === undefined) continue
      path.push({ index, offset: at, length })
      walk(at + length)
      path.pop()
    }
  }
  walk(0)
  return splits
}
