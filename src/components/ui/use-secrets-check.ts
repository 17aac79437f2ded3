import { useEffect, useState } from 'react'
import type { SecretsVerdict } from '@/safety/secrets-guard'
import { checkForSecrets } from '@/safety/secrets-guard'

const OK: SecretsVerdict = { verdict: 'ok' }

/**
 * The secrets guard's verdict on `text`, re-checked `delayMs` after typing stops (the check is
 * cheap but not free on long texts). `checked` is false while the verdict is for an older text:
 * check again synchronously before publishing.
 */
export function useSecretsCheck(text: string, delayMs = 250) {
  const [result, setResult] = useState<{ text: string; verdict: SecretsVerdict }>(() => ({
    text,
    verdict: checkForSecrets(text),
  }))
  useEffect(() => {
    if (text === result.text) return
    const timer = setTimeout(() => setResult({ text, verdict: checkForSecrets(text) }), delayMs)
    return () => clearTimeout(timer)
  }, [text, result.text, delayMs])
  return {
    verdict: text === '' ? OK : result.verdict,
    /** The text the verdict's finding offsets point into. */
    checkedText: result.text,
    checked: text === result.text,
  }
}
