import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js'
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js'
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js'
import { indexWordlist, type Wordlist } from './wordlist-index'

/**
 * The Japanese, Korean and Chinese BIP-39 wordlists, loaded only when a text has such letters.
 * Their words are read only when separated (Chinese prose is a run of common characters).
 * (@scure/bip39 2.0.1 exports its traditional Chinese list under a misspelt path, so that one is
 * not read.)
 */
export const CJK_WORDLISTS: Wordlist[] = [
  indexWordlist('Japanese', japanese, false),
  indexWordlist('Korean', korean, false),
  indexWordlist('Chinese (simplified)', simplifiedChinese, false),
]
