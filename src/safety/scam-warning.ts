import {
  APP_LINK,
  ASK_CONTACT,
  MOVE_TO_APP,
  MY_HANDLE,
  PHONE_CONTEXT,
  PHONE_NUMBER,
  phoneDigits,
  WRITE_TO_EMAIL,
} from './off-platform-patterns'
import { SCAM_MESSAGES, type ScamAskKind } from './scam-advice'
import {
  ABOUT_SCAMS,
  ADVANCE_FEE,
  CLAUSE_BREAK,
  DISTANCING,
  FEE_NOUN,
  FOREIGN_DESTINATION,
  FOREIGN_TARGET,
  GO_TO_SITE,
  HAND_TO_ME,
  HARMLESS_FILES,
  INSTALL_ASKS,
  KEY_ASKS,
  KEY_NAMED,
  NOT_A_SCAM,
  OWN_DESTINATION,
  PAY_PURPOSE,
  PAY_VERB,
  REMOTE_ASK,
  REMOTE_TOOL,
  SCREEN_SHARE,
  SEED_ASKS,
  SEED_NAMED,
  TAKE_CONTROL,
  THE_WORDS,
  VERIFICATION_WORD,
  WALLET_CONTEXT,
  type askPatterns,
} from './scam-patterns'

/**
 * Reads an incoming message for the classic ways Bitcoiners get robbed while asking for help: a
 * "helper" who wants the seed words, a private key, remote access, a "verification" payment, or
 * to have a file installed, or to move the conversation to another messenger or a phone. Asking whether a backup exists, or warning never to share it, is
 * ordinary troubleshooting and is not flagged. Pure and linear in the text.
 */

export type { ScamAskKind } from './scam-advice'
export { SCAM_MESSAGES } from './scam-advice'

/** One thing the message asks for that legitimate troubleshooters never ask, in plain words. */
export type ScamAsk = { kind: ScamAskKind; message: string }

const normalise = (text: string) =>
  text
    .slice(0, 70_000)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[ \t\u00a0]+/g, ' ')

const sentences = (text: string) =>
  normalise(text)
    .split(/(?<=[.!?])\s+|\n+|;/)
    .filter((sentence) => sentence.trim() !== '')

/** The words before `index` in the same clause, where a "never" or "did you" would sit. */
const clauseBefore = (sentence: string, index: number) => {
  const before = sentence.slice(Math.max(0, index - 80), index)
  let start = 0
  for (const match of before.matchAll(CLAUSE_BREAK)) start = match.index + match[0].length
  return before.slice(start)
}

/** Words that undo an ask even when it is addressed "to me": never, don't… */
const NEGATION =
  /\b(?:never|not|no|dont|don't|cant|can't|wont|won't|shouldn't|shouldnt|nobody|noone|refuse|avoid)\b|n't\b/
/** "… if you send me your seed": an ask addressed to the writer stays an ask after "if". */
const TO_THE_WRITER = /^\w+\s+(?:me|us)\b/

/** A match counts when neither the clause before it nor the match itself distances the speaker. */
const asked = (sentence: string, match: RegExpMatchArray) => {
  const distancing = TO_THE_WRITER.test(match[0]) ? NEGATION : DISTANCING
  return !distancing.test(clauseBefore(sentence, match.index ?? 0)) && !distancing.test(match[0])
}

const someAsk = (sentence: string, pattern: RegExp, accept = (_: RegExpMatchArray) => true) =>
  [...sentence.matchAll(pattern)].some((match) => asked(sentence, match) && accept(match))

/** The secret is named in the sentence and sent "to me", "here", "in the chat". */
const handedToMe = (sentence: string, named: RegExp) =>
  named.test(sentence) && !NEGATION.test(sentence) && someAsk(sentence, HAND_TO_ME)

const asksFor = (sentence: string, patterns: ReturnType<typeof askPatterns>) =>
  someAsk(sentence, patterns.handOver) ||
  someAsk(sentence, patterns.need) ||
  someAsk(sentence, patterns.question) ||
  someAsk(
    sentence,
    patterns.enter,
    (match) =>
      /\b(?:me|us)\b/.test(match[1] ?? '') ||
      GO_TO_SITE.test(sentence.slice(0, match.index ?? 0)) ||
      FOREIGN_TARGET.test(sentence.slice((match.index ?? 0) + match[0].length)),
  )

const asksForRemoteAccess = (sentence: string, wholeText: string) =>
  (REMOTE_ASK.test(wholeText) && someAsk(sentence, REMOTE_TOOL)) ||
  someAsk(sentence, TAKE_CONTROL) ||
  (someAsk(sentence, SCREEN_SHARE) && WALLET_CONTEXT.test(wholeText))

const asksForPayment = (sentence: string) => {
  if (someAsk(sentence, FEE_NOUN) || someAsk(sentence, ADVANCE_FEE)) return true
  if (VERIFICATION_WORD.test(sentence) && !OWN_DESTINATION.test(sentence))
    return someAsk(sentence, PAY_VERB)
  if (!PAY_PURPOSE.test(sentence) || OWN_DESTINATION.test(sentence)) return false
  // "send a small test amount to check your wallet" is how careful people check a new wallet
  if (/\btest\b/.test(sentence) && !FOREIGN_DESTINATION.test(sentence)) return false
  return someAsk(sentence, PAY_VERB)
}

const asksToInstall = (sentence: string) =>
  !HARMLESS_FILES.test(sentence) && INSTALL_ASKS.some((pattern) => someAsk(sentence, pattern))

const givesPhoneNumber = (sentence: string) =>
  PHONE_CONTEXT.test(sentence) && someAsk(sentence, PHONE_NUMBER, (match) => phoneDigits(match[0]))

const asksToMoveOff = (sentence: string) =>
  someAsk(sentence, MOVE_TO_APP) ||
  someAsk(sentence, MY_HANDLE) ||
  someAsk(sentence, APP_LINK) ||
  someAsk(sentence, ASK_CONTACT) ||
  (!/lightning address/.test(sentence) && someAsk(sentence, WRITE_TO_EMAIL)) ||
  givesPhoneNumber(sentence)

/** A sentence about scams (a warning, a list of red flags) asks for nothing. */
const aboutScams = (sentence: string) => ABOUT_SCAMS.test(sentence.replace(NOT_A_SCAM, ''))

/** The scam asks found in an incoming message, at most one per kind, in a fixed order. */
export function detectScamAsk(text: string): ScamAsk[] {
  if (typeof text !== 'string' || text.trim() === '') return []
  const whole = normalise(text)
  const found = new Set<ScamAskKind>()
  for (const sentence of sentences(text)) {
    if (aboutScams(sentence)) continue
    if (
      asksFor(sentence, SEED_ASKS) ||
      someAsk(sentence, THE_WORDS) ||
      handedToMe(sentence, SEED_NAMED)
    )
      found.add('seed')
    if (asksFor(sentence, KEY_ASKS) || handedToMe(sentence, KEY_NAMED)) found.add('private-key')
    if (asksForRemoteAccess(sentence, whole)) found.add('remote-desktop')
    if (asksForPayment(sentence)) found.add('verification-payment')
    if (asksToInstall(sentence)) found.add('install-software')
    if (asksToMoveOff(sentence)) found.add('off-platform')
  }
  const order: ScamAskKind[] = [
    'seed',
    'private-key',
    'remote-desktop',
    'verification-payment',
    'install-software',
    'off-platform',
  ]
  return order
    .filter((kind) => found.has(kind))
    .map((kind) => ({ kind, message: SCAM_MESSAGES[kind] }))
}
