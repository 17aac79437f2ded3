import type { SecretKind, SecretsVerdict } from './secret-types'

/** What each kind of secret is called in a sentence for a newcomer. */
export const SECRET_NAMES: Record<SecretKind, string> = {
  'recovery-phrase': 'a recovery phrase (seed)',
  'split-recovery-phrase': 'the rest of a recovery phrase (seed) begun in your earlier messages',
  'recovery-phrase-like': 'words from a recovery phrase',
  'extended-private-key': 'an extended private key',
  'damaged-extended-private-key': 'what looks like an extended private key',
  'wif-private-key': 'a private key',
  'damaged-wif-private-key': 'what looks like a private key',
  'private-descriptor': 'a wallet descriptor with a private key',
  nsec: 'a nostr secret key (nsec)',
  'damaged-nsec': 'what looks like a nostr secret key',
  ncryptsec: 'a password-protected nostr secret key',
  'labelled-hex-key': 'what is labelled as a private key',
}

const joinNames = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`

/** One sentence for the top of a form: undefined when there is nothing to say. */
export function describeSecretsVerdict(result: SecretsVerdict): string | undefined {
  if (result.verdict === 'ok') return undefined
  const severity = result.verdict === 'block' ? 'block' : 'warn'
  const names = [
    ...new Set(
      result.findings.filter((f) => f.severity === severity).map((f) => SECRET_NAMES[f.kind]),
    ),
  ]
  if (result.verdict === 'block') {
    return `This text contains ${joinNames(names)}. Anyone who reads it could take your bitcoin or your account, so it cannot be sent. Remove the highlighted part.`
  }
  return `This text may contain ${joinNames(names)}. Check the highlighted part before sending: nobody helping you ever needs your secrets.`
}
