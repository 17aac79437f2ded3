import { useId, useState } from 'react'
import { mutePerson } from '@/commands/mutes'
import { REPORT_TEXT_MAX, reportPerson } from '@/commands/reports'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { fieldClass } from '@/components/ui/form-styles'
import { SecretsNotice } from '@/components/ui/secrets-notice'
import { useSecretsCheck } from '@/components/ui/use-secrets-check'
import { useCommand } from '@/hooks/use-command'
import type { ReportGround } from '@/nostr/report'

const GROUNDS: { value: ReportGround; label: string; hint: string }[] = [
  { value: 'scam', label: 'Scam', hint: 'Asked for seed words, keys, remote access or fees.' },
  { value: 'spam', label: 'Spam', hint: 'The same tickets or offers again and again.' },
  { value: 'impersonation', label: 'Impersonation', hint: 'Pretends to be someone else.' },
]

type Props = {
  pubkey: string
  name: string
  eventId?: string
  /** Already muted: no "also mute" choice. */
  muted: boolean
  onClose: () => void
}

/** Report a person (NIP-56): why, optional words (public, secrets guard), and maybe mute them. */
export function ReportDialog({ pubkey, name, eventId, muted, onClose }: Props) {
  const [ground, setGround] = useState<ReportGround>()
  const [text, setText] = useState('')
  const [alsoMute, setAlsoMute] = useState(!muted)
  const [reported, setReported] = useState(false)
  const [missing, setMissing] = useState(false)
  const secrets = useSecretsCheck(text)
  const command = useCommand()
  const textId = useId()

  const send = async () => {
    if (!ground) return setMissing(true)
    const sent =
      reported ||
      (await command.run(
        () => reportPerson({ pubkey, ground, text, eventId }),
        `Your report of ${name} is published.`,
      ))
    if (!sent) return
    setReported(true)
    if (alsoMute && !(await command.run(() => mutePerson(pubkey), `${name} is muted.`))) return
    onClose()
  }

  return (
    <ConfirmDialog
      open
      title={`Report ${name}`}
      confirmLabel={reported ? 'Mute' : 'Send report'}
      danger
      busy={command.busy}
      onConfirm={() => void send()}
      onCancel={onClose}
      body={
        <div className="space-y-3 text-stone-800 dark:text-stone-200">
          <fieldset>
            <legend className="font-semibold">Why?</legend>
            {GROUNDS.map((option) => (
              <label key={option.value} className="mt-2 flex items-start gap-2">
                <input
                  type="radio"
                  name="report-ground"
                  value={option.value}
                  checked={ground === option.value}
                  disabled={reported}
                  onChange={() => {
                    setGround(option.value)
                    setMissing(false)
                  }}
                  className="mt-0.5 size-4 accent-bitcoin"
                />
                <span>
                  {option.label}
                  <span className="block text-xs text-stone-500 dark:text-stone-400">
                    {option.hint}
                  </span>
                </span>
              </label>
            ))}
            {missing && <p className={fieldClass.error}>Choose why you report them.</p>}
          </fieldset>
          <div>
            <label htmlFor={textId} className={fieldClass.label}>
              What happened? <span className="font-normal text-stone-500">(optional)</span>
            </label>
            <textarea
              id={textId}
              rows={3}
              maxLength={REPORT_TEXT_MAX}
              value={text}
              disabled={reported}
              onChange={(event) => setText(event.target.value)}
              className={`mt-1 ${fieldClass.input}`}
            />
            <p className={fieldClass.hint}>
              Reports are public: anyone can read that you reported {name}, why, and these words.
            </p>
          </div>
          <SecretsNotice
            verdict={secrets.verdict}
            text={secrets.checkedText}
            refusal="The report is not sent while it holds a secret"
          />
          {!muted && (
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={alsoMute}
                disabled={reported}
                onChange={(event) => setAlsoMute(event.target.checked)}
                className="size-4 accent-bitcoin"
              />
              Also mute {name} (privately)
            </label>
          )}
          {command.error && (
            <p role="alert" className="font-medium text-red-700 dark:text-red-400">
              {reported ? `Reported, but not muted: ${command.error}` : command.error}
            </p>
          )}
        </div>
      }
    />
  )
}
