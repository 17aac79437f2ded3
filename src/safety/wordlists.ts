import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { indexWordlist, type Wordlist } from './wordlist-index'

/**
 * The BIP-39 wordlists the guard reads. English is always here; the other alphabetic lists are a
 * separate file fetched the first time the guard reads a text long enough to hold a phrase
 * (twelve words, or one run of 36 letters; never by the first screen), and the Japanese, Korean
 * and Chinese lists once a text contains such letters. Until a list has
 * arrived the guard cannot recognise phrases in it (a short moment, the app's files are cached
 * by the service worker); `whenWordlistsReady` waits for all of them.
 */

export const ENGLISH: Wordlist = indexWordlist('English', english, true)

let extra: readonly Wordlist[] = []
let cjk: readonly Wordlist[] = []
let extraLoading: Promise<void> | undefined
let cjkLoading: Promise<void> | undefined

const LETTER_RUN = /\p{L}+/gu

/** Twelve runs of letters, or one of 36 (words joined): short texts never fetch the lists. */
const mayHoldPhrase = (text: string) => {
  let runs = 0
  for (const match of text.matchAll(LETTER_RUN)) {
    if (++runs >= 12 || match[0].length >= 36) return true
  }
  return false
}

const CJK_LETTER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]/

const loadExtra = () =>
  (extraLoading ??= import('./extra-wordlists').then((m) => {
    extra = m.EXTRA_WORDLISTS
  }))
const loadCjk = () =>
  (cjkLoading ??= import('./cjk-wordlists').then((m) => {
    cjk = m.CJK_WORDLISTS
  }))

/** The lists available right now, English first. */
export const loadedWordlists = (): readonly Wordlist[] => [ENGLISH, ...extra, ...cjk]

/**
 * Starts fetching the lists a text may need. Returns true while one of them is still on its way
 * (the verdict on this text may then miss a phrase in that language).
 */
export function requestWordlists(text: string): boolean {
  const needsExtra = extra.length === 0 && mayHoldPhrase(text)
  if (needsExtra) void loadExtra().catch(() => (extraLoading = undefined))
  const needsCjk = cjk.length === 0 && CJK_LETTER.test(text)
  if (needsCjk) void loadCjk().catch(() => (cjkLoading = undefined))
  return needsExtra || needsCjk
}

/** Resolves once every wordlist is loaded. */
export const whenWordlistsReady = async (): Promise<void> => {
  await Promise.all([loadExtra(), loadCjk()])
}
