import { useCallback, useState } from 'react'
import type { CommandResult } from '@/commands/command-result'
import { errorMessage } from '@/components/ui/error-message'
import { showToast } from '@/components/ui/toast-store'
import { commandFeedback } from './command-feedback'

/** The state of one button's command: running, and the last refusal in plain words. */
export type CommandState = {
  busy: boolean
  error?: string
  /** Runs the command; resolves true once its event is signed and in the outbox. */
  run: (command: () => Promise<CommandResult>, done?: string) => Promise<boolean>
  clearError: () => void
}

/**
 * Runs a command for a form or a button. A refusal stays on screen until the next try; once the
 * event is signed, a toast says whether relays took it or it waits to publish (never "published"
 * before a relay said so).
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
      showToast(commandFeedback(result, done))
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
