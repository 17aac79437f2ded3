/** What the secrets guard can find in a text. */
export type SecretKind =
  | 'recovery-phrase'
  | 'split-recovery-phrase'
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

export const NEVER_SHARE = 'Never share it, not even with a troubleshooter.'

/** Whether two spans share at least one character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end
