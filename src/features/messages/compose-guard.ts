import { byteLength, MAX_MESSAGE_BYTES } from '@/nostr/chat'
import { describeSecretsVerdict } from '@/safety/describe-secrets-verdict'
import { judgeOutgoing } from '@/safety/secrets-guard'

/** Whether a message may be sent as it is, and what to tell the person when not. */
export type ComposeVerdict =
  | { kind: 'empty' }
  | { kind: 'ok' }
  | { kind: 'too-long'; message: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'warn'; message: string }

const format = (n: number) => n.toLocaleString('en')

/**
 * Checks what the person typed before it leaves: the 65,535-byte NIP-44 limit, then the secrets
 * guard (a valid recovery phrase, xprv, WIF, nsec or private descriptor blocks; near-misses warn).
 * `recent`: the person's last texts in the thread (a recovery phrase sent in pieces).
 */
export function checkCompose(text: string, recent: readonly string[] = []): ComposeVerdict {
  if (text.trim() === '') return { kind: 'empty' }
  const bytes = byteLength(text)
  if (bytes > MAX_MESSAGE_BYTES) {
    return {
      kind: 'too-long',
      message: `This message is too long to send: ${format(bytes)} bytes, the limit is ${format(MAX_MESSAGE_BYTES)}. Split it into several messages.`,
    }
  }
  const secrets = judgeOutgoing(text, { recent })
  const message = describeSecretsVerdict(secrets)
  if (secrets.verdict === 'block') return { kind: 'blocked', message: message ?? '' }
  if (secrets.verdict === 'warn') return { kind: 'warn', message: message ?? '' }
  return { kind: 'ok' }
}

/** Shown under the box when a message gets close to the limit. */
export const sizeNote = (text: string): string | undefined => {
  if (text.length < 40_000) return undefined
  const bytes = byteLength(text)
  return bytes > 50_000 ? `${format(bytes)} of ${format(MAX_MESSAGE_BYTES)} bytes` : undefined
}
