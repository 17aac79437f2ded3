import { wordlist as english } from '@scure/bip39/wordlists/english.js'
import { indexWordlist, type Wordlist } from './wordlist-index'

/**
 * The BIP-39 wordlists the guard reads. English is always here; the other alphabetic lists are a
 * separate file fetched the first time the guard reads a text (never by the first screen), and
 * the Japanese, Korean and Chinese lists once a text contains such letters. Until a list has
 * arrived the guard cannot recognise phrases in it (a short moment, the app's files are cached
 * by the service worker); `whenWordlistsReady` waits for all of them.
 */

export const ENGLISH: Wordlist = indexWordlist('English', english, true)

let extra: readonly Wordlist[] = []
let cjk: readonly Wordlist[] = []
let extraLoading: Promise<void> | undefined
let cjkLoading: Promise<void> | undefined

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
  void loadExtra().catch(() => (extraLoading = undefined))
  const needsCjk = CJK_LETTER.test(text)
  if (needsCjk) void loadCjk().catch(() => (cjkLoading = undefined))
  return extra.length === 0 || (needsCjk && cjk.length === 0)
}

/** Resolves once every wordlist is loaded. */
export const whenWordlistsReady = async (): Promise<void> => {
  await Promise.all([loadExtra(), loadCjk()])
}
