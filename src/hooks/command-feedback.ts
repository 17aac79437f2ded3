import type { CommandResult } from '@/commands/command-result'
import { jobStatus } from '@/stores/publish-outbox'

/** What a command's outcome means for the person, in the app's one wording. */
export type CommandFeedback = { tone: 'success' | 'info' | 'error'; message: string }

const relays = (n: number) => `${n} relay${n === 1 ? '' : 's'}`

/** The words for a command that signed its event: published, partly, waiting, or refused. */
export const commandFeedback = (
  result: Extract<CommandResult, { ok: true }>,
  done = 'Published.',
): CommandFeedback => {
  if (!result.job) return { tone: 'success', message: done }
  const status = jobStatus(result.job)
  switch (status.kind) {
    case 'published':
      return { tone: 'success', message: done }
    case 'partial':
      return {
        tone: 'success',
        message: `${done} Published to ${status.accepted} of ${relays(status.total)}; the others are tried again.`,
      }
    case 'waiting':
      return {
        tone: 'info',
        message:
          'Waiting to publish: no relay has taken it yet. It is kept on this device and sent as soon as a relay connects.',
      }
    case 'refused':
      return {
        tone: 'error',
        message: `No relay took it: ${status.reasons.map((r) => `${r.relay} said “${r.reason}”`).join('; ')}. Retry or discard it where it is shown.`,
      }
  }
}
