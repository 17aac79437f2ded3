import { useState } from 'react'
import { mutePerson, unmutePerson } from '@/commands/mutes'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { useCommand } from '@/hooks/use-command'

type Props = { pubkey: string; name: string; unmute: boolean; onClose: () => void }

/**
 * Mute (privately unless asked otherwise) or unmute one person, after saying what it does. A
 * refusal — e.g. a private part of the mute list that cannot be read — stays in the dialog.
 */
export function MuteDialog({ pubkey, name, unmute, onClose }: Props) {
  const [publicly, setPublicly] = useState(false)
  const command = useCommand()
  const confirm = async () => {
    const done = await command.run(
      () => (unmute ? unmutePerson(pubkey) : mutePerson(pubkey, { publicly })),
      unmute ? `${name} is no longer muted.` : `${name} is muted.`,
    )
    if (done) onClose()
  }
  return (
    <ConfirmDialog
      open
      title={unmute ? `Unmute ${name}?` : `Mute ${name}?`}
      confirmLabel={unmute ? 'Unmute' : 'Mute'}
      busy={command.busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      body={
        <>
          <p>
            {unmute
              ? 'Their tickets, offers, card and messages show again.'
              : 'Their tickets, offers, card and messages are hidden from you, each list saying how many it hid, with a way to see them anyway. They are not told.'}
          </p>
          {!unmute && (
            <label className="mt-3 flex items-start gap-2 text-stone-800 dark:text-stone-200">
              <input
                type="checkbox"
                checked={publicly}
                onChange={(event) => setPublicly(event.target.checked)}
                className="mt-0.5 size-4 accent-bitcoin"
              />
              <span>
                Mute publicly
                <span className="block text-xs text-stone-500 dark:text-stone-400">
                  Anyone can then see that you muted them. Otherwise only you can (your mute list
                  keeps it encrypted to you).
                </span>
              </span>
            </label>
          )}
          {command.error && (
            <p role="alert" className="mt-3 font-medium text-red-700 dark:text-red-400">
              {command.error}
            </p>
          )}
        </>
      }
    />
  )
}
