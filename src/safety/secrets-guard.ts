import { keyFindings } from './key-findings'
import type { PhraseWord } from './mnemonic-scan'
import { distinctPhrases, nearMisses, phraseMessage } from './phrase-findings'
import { scanPhrases } from './phrase-scan'
import { originalSpan, toScanText, type ScanText } from './scan-text'
import type { SecretFinding, SecretsVerdict } from './secret-types'
import { seedTokens } from './seed-tokens'
import { spanSet } from './span-set'
import { splitPhrases } from './split-phrases'
import { loadedWordlists, requestWordlists } from './wordlists'

export type { SecretFinding, SecretKind, SecretsVerdict } from './secret-types'
export { NEAR_MISS_WORDS } from './phrase-findings'

/**
 * Looks through text a Bitcoiner is about to publish (a ticket, a message) for things that give
 * their money or account away: recovery phrases (BIP-39 in every wordlist, Electrum seeds), private
 * keys (xprv…, WIF, nsec, private descriptors). It reads the text as a person may have mangled it:
 * Unicode look-alikes, invisible characters, numbered or lettered lists, columns, words joined or
 * cut to four letters, keys wrapped over lines or grouped. Pure, synchronous and linear in the text.
 */

/** What else the guard may read: the sender's own recent messages in the same conversation. */
export type OutgoingContext = {
  /** Oldest first; only their last characters are read (a phrase split across messages). */
  recent?: readonly string[]
}

const blockOrWarn = (findings: SecretFinding[]): SecretsVerdict => {
  if (findings.some((finding) => finding.severity === 'block'))
    return { verdict: 'block', findings }
  return findings.length > 0 ? { verdict: 'warn', findings } : { verdict: 'ok' }
}

const phrasesIn = (scan: ScanText) => {
  const rows: PhraseWord[][] = []
  const hits = scanPhrases(seedTokens(scan.text), loadedWordlists(), (row) => rows.push(row))
  return { hits, phrases: distinctPhrases(hits), rows }
}

/** Everything found in one text, in its own offsets. */
function findingsIn(text: string): SecretFinding[] {
  const scan = toScanText(text)
  const { phrases, rows } = phrasesIn(scan)
  const findings: SecretFinding[] = [
    ...phrases.map((hit) => ({
      kind: 'recovery-phrase' as const,
      severity: 'block' as const,
      message: phraseMessage(hit),
      start: hit.start,
      end: hit.end,
    })),
    ...nearMisses(rows, phrases),
    ...keyFindings(scan.text),
  ]
  return findings
    .map((finding) => ({ ...finding, ...originalSpan(scan, finding.start, finding.end) }))
    .sort((a, b) => a.start - b.start)
}

/**
 * Checks text before it is sent or kept. `block` means it must not leave as it is; `warn` asks
 * the person to look again. With `recent`, a phrase split across messages is caught too.
 */
export function judgeOutgoing(text: string, context: OutgoingContext = {}): SecretsVerdict {
  if (typeof text !== 'string' || text.length === 0) return { verdict: 'ok' }
  const recent = context.recent?.filter((message) => typeof message === 'string') ?? []
  requestWordlists(recent.length > 0 ? `${recent.join('\n')}\n${text}` : text)
  const findings = findingsIn(text)
  if (recent.length > 0) {
    const split = splitPhrases(text, recent, loadedWordlists(), (scan) => phrasesIn(scan).hits)
    // one finding per place: a phrase found on its own, or several ways to complete it
    const taken = spanSet()
    for (const finding of findings) if (finding.severity === 'block') taken.add(finding)
    findings.push(...split.filter((finding) => taken.add(finding)))
    findings.sort((a, b) => a.start - b.start)
  }
  return blockOrWarn(findings)
}

/** Checks text before it is published, on its own. `block` means it must not be sent as it is. */
export const checkForSecrets = (text: string): SecretsVerdict => judgeOutgoing(text)
