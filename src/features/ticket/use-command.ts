import { useCallback, useState } from 'react'
import type { CommandResult } from '@/commands/command-result'
import { errorMessage } from '@/components/ui/error-message'
import { showToast } from '@/components/ui/toast-store'

/** The state of one button's command: running, and the last refusal in plain words. */
export type CommandState = {
  busy: boolean
  error?: string
  /** Runs the command; resolves true when at least one relay stored the event. */
  run: (command: () => Promise<CommandResult>, done?: string) => Promise<boolean>
  clearError: () => void
}

/**
 * Runs marketplace commands for a form or a button. A refusal stays on screen (with the relays'
 * reasons) until the next try; a success names the relays that refused, if any, in a toast.
 */
export function useCommand(): CommandState {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = useCallback(async (command: () => Promise<CommandResult>, done?: string) => {
    setBusy(true)
    setError(undefined)
    try {
      const result = await command()
      if (!result.ok) {
        setError(result.reason)
        return false
      }
      const refused = result.outcome.refused
      const note = refused.length
        ? ` Not stored by ${refused.map(({ relay, reason }) => `${relay} (${reason})`).join(', ')}.`
        : ''
      if (done || note) showToast({ tone: 'success', message: `${done ?? 'Published.'}${note}` })
      return true
    } catch (thrown) {
      setError(errorMessage(thrown))
      return false
    } finally {
      setBusy(false)
    }
  }, [])
  const clearError = useCallback(() => setError(undefined), [])
  return { busy, error, run, clearError }
}
