import { wordlist as czech } from '@scure/bip39/wordlists/czech.js'
import { wordlist as french } from '@scure/bip39/wordlists/french.js'
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js'
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js'
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js'
import { indexWordlist, type Wordlist } from './wordlist-index'

/** The other alphabetic BIP-39 wordlists, in a file of their own (loaded when the guard is used). */
export const EXTRA_WORDLISTS: Wordlist[] = [
  indexWordlist('Spanish', spanish, true),
  indexWordlist('French', french, true),
  indexWordlist('Italian', italian, true),
  indexWordlist('Portuguese', portuguese, true),
  indexWordlist('Czech', czech, true),
]
