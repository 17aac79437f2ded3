import { useEffect, useRef, useState } from 'react'
import { deviceStorage } from '@/storage/device-storage'
import type { DraftRules, DraftSave } from '@/storage/drafts'
import { clearDraft, keepDraft } from '@/storage/drafts'

/**
 * Keeps a form's draft on this device a moment after typing stops (never a text the secrets guard
 * blocks), under `key`; no key, nothing kept. `forget()` clears it for good once it was sent.
 */
export function useKeptDraft<T>(key: string | undefined, values: T, rules: DraftRules<T>) {
  const [state, setState] = useState<DraftSave>()
  const done = useRef(false)
  const latestRules = useRef(rules)
  useEffect(() => {
    latestRules.current = rules
  })
  useEffect(() => {
    if (!key || done.current) return
    const timer = setTimeout(
      () => setState(keepDraft(deviceStorage(), key, values, latestRules.current)),
      400,
    )
    return () => clearTimeout(timer)
  }, [key, values])
  const forget = () => {
    done.current = true
    if (key) clearDraft(deviceStorage(), key)
  }
  return { state: key ? state : undefined, forget }
}
