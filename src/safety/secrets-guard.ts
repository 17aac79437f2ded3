import { findDescriptors, findKeys, type KeyHit } from './key-scan'
import { findMnemonics, findWordRuns, type WordRun } from './mnemonic-scan'

/**
 * Looks through text a Bitcoiner is about to publish (a ticket, a message) for things that give
 * their money or account away: recovery phrases, private keys, nsec. Pure and synchronous; linear
 * in the text apart from checksum tests on long runs of wordlist words.
 */

export type SecretKind =
  | 'recovery-phrase'
  | 'recovery-phrase-like'
  | 'extended-private-key'
  | 'damaged-extended-private-key'
  | 'wif-private-key'
  | 'damaged-wif-private-key'
  | 'private-descriptor'
  | 'nsec'
  | 'damaged-nsec'
  | 'ncryptsec'
  | 'labelled-hex-key'

/** One thing found: what it is in plain words, and where (offsets into the text, end exclusive). */
export type SecretFinding = {
  kind: SecretKind
  severity: 'block' | 'warn'
  message: string
  start: number
  end: number
}

export type SecretsVerdict =
  | { verdict: 'ok' }
  | { verdict: 'warn'; findings: SecretFinding[] }
  | { verdict: 'block'; findings: SecretFinding[] }

/** Consecutive wordlist words that are worth a warning even without a valid checksum. */
export const NEAR_MISS_WORDS = 6

const NEVER_SHARE = 'Never share it, not even with a troubleshooter.'

const KEY_MESSAGES: Record<
  KeyHit['kind'],
  (label: string) => Omit<SecretFinding, 'start' | 'end'>
> = {
  'extended-private-key': (label) => ({
    kind: 'extended-private-key',
    severity: 'block',
    message: `This is an extended private key (${label}). It unlocks every address of a wallet: anyone who sees it can take the bitcoin. ${NEVER_SHARE}`,
  }),
  'damaged-extended-private-key': (label) => ({
    kind: 'damaged-extended-private-key',
    severity: 'warn',
    message: `This looks like an extended private key (${label}), maybe with a typo. Even a damaged one can give a wallet away: remove it. To share a wallet's addresses, use its public key (xpub) instead.`,
  }),
  'wif-private-key': (label) => ({
    kind: 'wif-private-key',
    severity: 'block',
    message: `This is a private key (${label}). Anyone who sees it can spend the bitcoin it controls. ${NEVER_SHARE}`,
  }),
  'damaged-wif-private-key': () => ({
    kind: 'damaged-wif-private-key',
    severity: 'warn',
    message:
      'This looks like a private key (WIF format), maybe with a typo. If it is one, anyone who sees it could spend your bitcoin: remove it.',
  }),
  nsec: () => ({
    kind: 'nsec',
    severity: 'block',
    message: `This is a nostr secret key (nsec). Anyone who sees it can post as you and read your private messages. ${NEVER_SHARE}`,
  }),
  'damaged-nsec': () => ({
    kind: 'damaged-nsec',
    severity: 'warn',
    message:
      'This looks like a nostr secret key (nsec), maybe with a typo. If it is yours, remove it: nobody needs it to help you.',
  }),
  ncryptsec: () => ({
    kind: 'ncryptsec',
    severity: 'warn',
    message:
      'This is a password-protected nostr secret key (ncryptsec). A weak password can be guessed: there is no reason to share it.',
  }),
  'labelled-hex-key': () => ({
    kind: 'labelled-hex-key',
    severity: 'warn',
    message:
      'This 64-character code is labelled as a private key or secret. If it is one, anyone who sees it can take what it protects: remove it. (Transaction ids and public keys are safe to share.)',
  }),
}

const DESCRIPTOR_MESSAGE =
  'This wallet descriptor contains a private key. Anyone who sees it can take the bitcoin in that wallet. Share the public version (with xpub or tpub) instead, never this one.'

function keyFindings(text: string): SecretFinding[] {
  const descriptors = findDescriptors(text)
  const findings = findKeys(text).map((hit): SecretFinding => {
    const finding = { ...KEY_MESSAGES[hit.kind](hit.label), start: hit.start, end: hit.end }
    const inside = descriptors.find((d) => d.start <= hit.start && hit.end <= d.end)
    if (!inside || finding.severity !== 'block' || hit.kind === 'nsec') return finding
    return { kind: 'private-descriptor', severity: 'block', message: DESCRIPTOR_MESSAGE, ...inside }
  })
  // A multisig descriptor holding several private keys is reported once.
  return findings.filter(
    (f, i) => findings.findIndex((g) => g.kind === f.kind && g.start === f.start) === i,
  )
}

/** Prose is full of everyday words; seed words rarely are (about 7 % of the list). */
const looksLikeSeedWords = (run: WordRun) =>
  run.numbered || run.everydayWords <= Math.floor(run.words.length / 4)

function phraseFindings(text: string): SecretFinding[] {
  const findings: SecretFinding[] = []
  for (const run of findWordRuns(text, NEAR_MISS_WORDS)) {
    const mnemonics = findMnemonics(run)
    for (const mnemonic of mnemonics) {
      findings.push({
        kind: 'recovery-phrase',
        severity: 'block',
        message: `This looks like a ${mnemonic.wordCount}-word recovery phrase (seed). Anyone with these words can take your bitcoin. ${NEVER_SHARE}`,
        start: mnemonic.start,
        end: mnemonic.end,
      })
    }
    if (mnemonics.length === 0 && looksLikeSeedWords(run)) {
      findings.push({
        kind: 'recovery-phrase-like',
        severity: 'warn',
        message: `These ${run.words.length} words in a row all come from the recovery-phrase word list. If they are part of your recovery phrase (seed), remove them: no troubleshooter ever needs it.`,
        start: run.start,
        end: run.end,
      })
    }
  }
  return findings
}

/** Checks text before it is published. `block` means it must not be sent as it is. */
export function checkForSecrets(text: string): SecretsVerdict {
  if (typeof text !== 'string' || text.length === 0) return { verdict: 'ok' }
  const findings = [...phraseFindings(text), ...keyFindings(text)].sort((a, b) => a.start - b.start)
  if (findings.some((finding) => finding.severity === 'block'))
    return { verdict: 'block', findings }
  if (findings.length > 0) return { verdict: 'warn', findings }
  return { verdict: 'ok' }
}
