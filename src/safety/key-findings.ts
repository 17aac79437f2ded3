import { findDescriptors, findKeys, type KeyHit } from './key-scan'
import { NEVER_SHARE, type SecretFinding } from './secret-types'
import { containing, spanSet } from './span-set'
import { findSplitKeys } from './split-key-scan'

/** What the guard says about each kind of key it finds. */
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

/** Keys in a (scan-normalised) text: whole, in pieces or glued; each place reported once. */
export function keyFindings(text: string): SecretFinding[] {
  const descriptors = findDescriptors(text)
  const findings = [...findKeys(text), ...findSplitKeys(text)].map((hit): SecretFinding => {
    const finding = { ...KEY_MESSAGES[hit.kind](hit.label), start: hit.start, end: hit.end }
    const inside = containing(descriptors, hit)
    if (!inside || finding.severity !== 'block' || hit.kind === 'nsec') return finding
    return { kind: 'private-descriptor', severity: 'block', message: DESCRIPTOR_MESSAGE, ...inside }
  })
  // One finding per place: a key found whole and in pieces, or a multisig descriptor holding
  // several private keys, is reported once; a block hides a warning about the same characters.
  const [blocks, warnings] = [spanSet(), spanSet()]
  const kept = findings.filter((f) => f.severity === 'block' && blocks.add(f))
  kept.push(
    ...findings.filter((f) => f.severity === 'warn' && !blocks.overlaps(f) && warnings.add(f)),
  )
  return kept
}
