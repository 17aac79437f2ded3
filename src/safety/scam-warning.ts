import {
  CLAUSE_BREAK,
  DISTANCING,
  FEE_NOUN,
  FOREIGN_DESTINATION,
  FOREIGN_TARGET,
  HARMLESS_FILES,
  INSTALL_ASKS,
  KEY_ASKS,
  OWN_DESTINATION,
  PAY_PURPOSE,
  PAY_VERB,
  REMOTE_TOOL,
  SCREEN_SHARE,
  SEED_ASKS,
  TAKE_CONTROL,
  WALLET_CONTEXT,
  type askPatterns,
} from './scam-patterns'

/**
 * Reads an incoming message for the classic ways Bitcoiners get robbed while asking for help: a
 * "helper" who wants the seed words, a private key, remote access, a "verification" payment, or
 * to have a file installed. Asking whether a backup exists, or warning never to share it, is
 * ordinary troubleshooting and is not flagged. Pure and linear in the text.
 */

export type ScamAskKind =
  'seed' | 'private-key' | 'remote-desktop' | 'verification-payment' | 'install-software'

/** One thing the message asks for that legitimate troubleshooters never ask, in plain words. */
export type ScamAsk = { kind: ScamAskKind; message: string }

const REPORT = 'Consider reporting this person.'

/** What the person reads above the message, per kind. */
export const SCAM_MESSAGES: Record<ScamAskKind, string> = {
  seed: `This message asks for your seed words (recovery phrase). Legitimate troubleshooters never ask for your seed words. Do not send them: anyone who has them can take all your bitcoin. ${REPORT}`,
  'private-key': `This message asks for a private key. Legitimate troubleshooters never need your private keys (xprv, WIF, nsec) or wallet files. Do not send them. ${REPORT}`,
  'remote-desktop': `This message asks for remote access to your computer or to see your screen (tools like AnyDesk or TeamViewer). Whoever sees or controls your screen can read your seed words and move your bitcoin. Legitimate troubleshooters never need it: do not allow it.`,
  'verification-payment': `This message asks you to pay to "verify", "activate", "unlock" or "sync" a wallet. No wallet works that way: it is a scam. Pay only what the accepted offer says. ${REPORT}`,
  'install-software': `This message asks you to install or run a file or app sent to you. It can be a fake wallet or malware that steals your bitcoin. Install wallets only from their official sites, and check their signatures.`,
}

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

/** A match counts when neither the clause before it nor the match itself distances the speaker. */
const asked = (sentence: string, match: RegExpMatchArray) =>
  !DISTANCING.test(clauseBefore(sentence, match.index ?? 0)) && !DISTANCING.test(match[0])

const someAsk = (sentence: string, pattern: RegExp, accept = (_: RegExpMatchArray) => true) =>
  [...sentence.matchAll(pattern)].some((match) => asked(sentence, match) && accept(match))

const asksFor = (sentence: string, patterns: ReturnType<typeof askPatterns>) =>
  someAsk(sentence, patterns.handOver) ||
  someAsk(sentence, patterns.need) ||
  someAsk(sentence, patterns.question) ||
  someAsk(
    sentence,
    patterns.enter,
    (match) =>
      /\b(?:me|us)\b/.test(match[1] ?? '') ||
      FOREIGN_TARGET.test(sentence.slice((match.index ?? 0) + match[0].length)),
  )

const asksForRemoteAccess = (sentence: string, wholeText: string) =>
  someAsk(sentence, REMOTE_TOOL) ||
  someAsk(sentence, TAKE_CONTROL) ||
  (someAsk(sentence, SCREEN_SHARE) && WALLET_CONTEXT.test(wholeText))

const asksForPayment = (sentence: string) => {
  if (someAsk(sentence, FEE_NOUN)) return true
  if (!PAY_PURPOSE.test(sentence) || OWN_DESTINATION.test(sentence)) return false
  // "send a small test amount to check your wallet" is how careful people check a new wallet
  if (/\btest\b/.test(sentence) && !FOREIGN_DESTINATION.test(sentence)) return false
  return someAsk(sentence, PAY_VERB)
}

const asksToInstall = (sentence: string) =>
  !HARMLESS_FILES.test(sentence) && INSTALL_ASKS.some((pattern) => someAsk(sentence, pattern))

/** The scam asks found in an incoming message, at most one per kind, in a fixed order. */
export function detectScamAsk(text: string): ScamAsk[] {
  if (typeof text !== 'string' || text.trim() === '') return []
  const whole = normalise(text)
  const found = new Set<ScamAskKind>()
  for (const sentence of sentences(text)) {
    if (asksFor(sentence, SEED_ASKS)) found.add('seed')
    if (asksFor(sentence, KEY_ASKS)) found.add('private-key')
    if (asksForRemoteAccess(sentence, whole)) found.add('remote-desktop')
    if (asksForPayment(sentence)) found.add('verification-payment')
    if (asksToInstall(sentence)) found.add('install-software')
  }
  const order: ScamAskKind[] = [
    'seed',
    'private-key',
    'remote-desktop',
    'verification-payment',
    'install-software',
  ]
  return order
    .filter((kind) => found.has(kind))
    .map((kind) => ({ kind, message: SCAM_MESSAGES[kind] }))
}
