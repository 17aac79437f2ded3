import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { REVIEW_TEXT_MAX, reviewBitcoiner, reviewTroubleshooter } from '@/commands/reviews'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { fieldClass } from '@/components/ui/form-styles'
import { SecretsNotice } from '@/components/ui/secrets-notice'
import { useSecretsCheck } from '@/components/ui/use-secrets-check'
import type { DealReview } from '@/hooks/use-reviews'
import { useCommand } from '@/hooks/use-command'
import type { Address } from '@/nostr/address'
import type { Ticket } from '@/nostr/ticket'
import { checkForSecrets } from '@/safety/secrets-guard'
import { ReviewQuestion } from './review-question'

/** Who writes the review: the ticket's Bitcoiner, or the troubleshooter of its accepted offer. */
export type ReviewerRole = 'bitcoiner' | 'troubleshooter'

type Answers = {
  success?: boolean
  expertise?: boolean
  communication?: boolean
  thumb?: boolean
  text: string
}

const answersOf = (existing: DealReview | undefined): Answers => {
  if (!existing) return { text: '' }
  const { review } = existing
  return { ...review.ratings, text: review.text }
}

const LOCKED = 'Counts as no when the answer above is no (the rule other apps reading reviews use).'

type Props = {
  ticket: Ticket
  offer: Address
  role: ReviewerRole
  /** The other party's name, for the questions. */
  name: string
  /** My review of this deal, when editing it. */
  existing?: DealReview
  onDone: () => void
  onCancel: () => void
  cancelLabel: string
}

/** A review of the other party of a closed deal: yes/no questions and optional words. */
export function ReviewForm(props: Props) {
  const { ticket, offer, role, name, existing, onDone, onCancel, cancelLabel } = props
  const id = useId()
  const [answers, setAnswers] = useState<Answers>(() => answersOf(existing))
  const [problem, setProblem] = useState<string>()
  const command = useCommand()
  const secrets = useSecretsCheck(answers.text)
  const change = (patch: Partial<Answers>) => {
    setAnswers((current) => ({ ...current, ...patch }))
    setProblem(undefined)
  }
  const ofTroubleshooter = role === 'bitcoiner'
  const overall = ofTroubleshooter ? answers.success : answers.thumb
  const locked = overall === false ? LOCKED : undefined
  const length = [...answers.text].length

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const { success, expertise, communication, thumb, text } = answers
    const answered = ofTroubleshooter
      ? success === false || (success && expertise !== undefined && communication !== undefined)
      : thumb === false || (thumb && communication !== undefined)
    if (!answered) return setProblem('Answer every question first.')
    if (checkForSecrets(text).verdict === 'block')
      return setProblem('Remove the secret from your words first (see above).')
    const done = existing ? 'Your review was updated.' : 'Your review was saved.'
    const ok = await command.run(
      () =>
        ofTroubleshooter
          ? reviewTroubleshooter({
              ticket,
              offer,
              success: success === true,
              expertise: success === true && expertise === true,
              communication: success === true && communication === true,
              text: text.trim(),
            })
          : reviewBitcoiner({
              ticket,
              thumb: thumb === true,
              communication: thumb === true && communication === true,
              text: text.trim(),
            }),
      done,
    )
    if (ok) onDone()
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="space-y-4"
      aria-label={existing ? `Edit your review of ${name}` : `Review ${name}`}
    >
      {ofTroubleshooter ? (
        <>
          <ReviewQuestion
            question={`Did ${name} solve your problem?`}
            value={answers.success}
            onChange={(success) => change({ success })}
            disabled={command.busy}
          />
          <ReviewQuestion
            question="Did they know their stuff?"
            value={locked ? false : answers.expertise}
            onChange={(expertise) => change({ expertise })}
            lockedReason={locked}
            disabled={command.busy}
          />
        </>
      ) : (
        <ReviewQuestion
          question={`Would you help ${name} again?`}
          value={answers.thumb}
          onChange={(thumb) => change({ thumb })}
          disabled={command.busy}
        />
      )}
      <ReviewQuestion
        question="Were they clear and quick to answer?"
        value={locked ? false : answers.communication}
        onChange={(communication) => change({ communication })}
        lockedReason={locked}
        disabled={command.busy}
      />
      <div>
        <label htmlFor={`${id}-text`} className={fieldClass.label}>
          In your own words <span className="font-normal text-stone-500">(optional)</span>
        </label>
        <p id={`${id}-hint`} className={fieldClass.hint}>
          Public: anyone can read it. Never write seed words, keys or anything private.
        </p>
        <textarea
          id={`${id}-text`}
          value={answers.text}
          rows={4}
          dir="auto"
          disabled={command.busy}
          aria-describedby={`${id}-hint ${id}-count`}
          aria-invalid={secrets.verdict.verdict === 'block' || length > REVIEW_TEXT_MAX}
          onChange={(event) => change({ text: event.target.value })}
          className={`${fieldClass.input} mt-2 leading-relaxed`}
        />
        <p
          id={`${id}-count`}
          className={length > REVIEW_TEXT_MAX ? fieldClass.error : fieldClass.hint}
        >
          {length.toLocaleString('en-US')} / {REVIEW_TEXT_MAX.toLocaleString('en-US')} characters
        </p>
        <div aria-live="polite" className="mt-2 empty:hidden">
          <SecretsNotice
            verdict={secrets.verdict}
            text={secrets.checkedText}
            refusal="Saving the review is switched off until it is removed."
          />
        </div>
      </div>
      {(problem || command.error) && (
        <Alert tone="error" title={problem ? 'Check your review' : 'Your review was not saved'}>
          {problem ?? command.error}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={command.busy}
          aria-busy={command.busy}
          className={buttonClass.primary}
        >
          {command.busy ? 'Saving…' : existing ? 'Save changes' : 'Publish review'}
        </button>
        <button
          type="button"
          disabled={command.busy}
          className={buttonClass.secondary}
          onClick={onCancel}
        >
          {cancelLabel}
        </button>
      </div>
    </form>
  )
}
