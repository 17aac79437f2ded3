import { useState } from 'react'
import type { FormEvent } from 'react'
import { saveCard } from '@/commands/cards'
import { commandFeedback } from '@/hooks/command-feedback'
import { Link, useNavigate } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { fieldClass } from '@/components/ui/form-styles'
import { MarkdownEditor } from '@/components/ui/markdown-editor'
import { SecretsNotice } from '@/components/ui/secrets-notice'
import { showToast } from '@/components/ui/toast-store'
import { TopicPicker } from '@/components/ui/topic-picker'
import { useSecretsCheck } from '@/components/ui/use-secrets-check'
import { checkForSecrets } from '@/safety/secrets-guard'
import { AvailabilitySwitch } from './availability-switch'
import type { CardFormValues } from './card-form-values'
import { cardDraftRules, cardFormProblems, cardInputFromForm } from './card-form-values'
import { useKeptDraft } from '@/hooks/use-kept-draft'
import { RateField } from './rate-field'

type Props = {
  initial: CardFormValues
  isNew: boolean
  /** Where what is typed is kept on this device until it is saved. */
  draftKey: string
}

/** The signed-in troubleshooter's card: expertise, default rate, availability, about. */
export function CardEditor({ initial, isNew, draftKey }: Props) {
  const navigate = useNavigate()
  const [values, setValues] = useState(initial)
  const [attempted, setAttempted] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  const guard = useSecretsCheck(cardDraftRules.text(values))
  const kept = useKeptDraft(draftKey, values, cardDraftRules)
  const problems = attempted ? cardFormProblems(values) : {}
  const blocked = guard.verdict.verdict === 'block'
  const change = (patch: Partial<CardFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setFailure(undefined)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setAttempted(true)
    if (Object.keys(cardFormProblems(values)).length > 0) return
    if (checkForSecrets(cardDraftRules.text(values)).verdict === 'block') {
      setFailure('Not saved: remove the secret highlighted above first. Nothing was sent.')
      return
    }
    setBusy(true)
    const result = await saveCard(cardInputFromForm(values))
    setBusy(false)
    if (!result.ok) return setFailure(result.reason)
    kept.forget()
    showToast(commandFeedback(result, 'Your troubleshooter card is saved.'))
    navigate('/troubleshooters')
  }

  return (
    <form noValidate onSubmit={submit} aria-busy={busy} className="space-y-6">
      <div>
        <label htmlFor="card-title" className={fieldClass.label}>
          Title
        </label>
        <p id="card-title-hint" className={fieldClass.hint}>
          One line on what you help with, e.g. “Hardware wallets and Sparrow, in English and
          German”.
        </p>
        <input
          id="card-title"
          type="text"
          dir="auto"
          autoComplete="off"
          value={values.title}
          aria-invalid={Boolean(problems.title) || undefined}
          aria-describedby={`card-title-hint${problems.title ? ' card-title-error' : ''}`}
          onChange={(event) => change({ title: event.target.value })}
          className={`mt-1.5 ${fieldClass.input}`}
        />
        {problems.title && (
          <p id="card-title-error" className={fieldClass.error}>
            {problems.title}
          </p>
        )}
      </div>
      <TopicPicker
        label="Expertise"
        hint="The topics you know well; Bitcoiners filter the directory by them."
        value={values.topics}
        onChange={(topics) => change({ topics })}
      />
      <RateField value={values.rate} onChange={(rate) => change({ rate })} error={problems.rate} />
      <div className="rounded-xl border border-stone-200 p-4 dark:border-stone-800">
        <AvailabilitySwitch
          label="Available for new tickets"
          description={
            values.available
              ? 'Shown as available in the directory.'
              : 'Shown as away; Bitcoiners can still see your card.'
          }
          checked={values.available}
          onChange={(available) => change({ available })}
        />
      </div>
      <MarkdownEditor
        id="card-about"
        label="About"
        hint="Your experience, languages, how you like to work."
        value={values.about}
        onChange={(about) => change({ about })}
        maxLength={10_000}
        rows={7}
      />
      <SecretsNotice
        verdict={guard.verdict}
        text={guard.checkedText}
        refusal="Saving is switched off until you remove it. Nothing has been sent."
      />
      {failure && (
        <Alert tone="error" title="Your card was not saved">
          <span className="[overflow-wrap:anywhere]">{failure}</span> Everything you typed is still
          here.
        </Alert>
      )}
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-5 dark:border-stone-800">
        <button
          type="submit"
          disabled={busy}
          aria-disabled={blocked || undefined}
          className={`${buttonClass.primary} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`}
        >
          {busy ? 'Saving…' : isNew ? 'Publish card' : 'Save card'}
        </button>
        <Link to="/troubleshooters" className={buttonClass.secondary}>
          Cancel
        </Link>
      </div>
    </form>
  )
}
