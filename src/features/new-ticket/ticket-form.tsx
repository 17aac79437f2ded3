import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type { CommandResult } from '@/commands/command-result'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { MarkdownEditor } from '@/components/ui/markdown-editor'
import { SecretsNotice } from '@/components/ui/secrets-notice'
import type { TextSection } from '@/components/ui/secrets-notice'
import { TopicPicker } from '@/components/ui/topic-picker'
import { useSecretsCheck } from '@/components/ui/use-secrets-check'
import type { SecretFinding } from '@/safety/secrets-guard'
import { checkForSecrets } from '@/safety/secrets-guard'
import { DirectRequestField } from './direct-request-field'
import { BudgetField, TitleField } from './ticket-fields'
import type { TicketFormValues } from './ticket-form-values'
import { guardedText, ticketFormProblems } from './ticket-form-values'
import { useKeptDraft } from '@/hooks/use-kept-draft'
import { DRAFT_KEY, ticketDraftRules } from './ticket-draft'

type Props = {
  initial: TicketFormValues
  /** Keep a draft on this device (new tickets only). */
  keepDraft: boolean
  submitLabel: string
  /** Publishing needs a signer; signed-out people see the form but cannot post. */
  canPost: boolean
  onSubmit: (values: TicketFormValues) => Promise<CommandResult>
  onDone: (result: Extract<CommandResult, { ok: true }>) => void
}

/** Where the title and the description are in the guarded text (`title\n\ndescription`). */
const sectionsOf = (text: string): TextSection[] => {
  const titleEnd = text.indexOf('\n\n')
  return [
    { label: 'the title', start: 0, end: titleEnd },
    { label: 'the description', start: titleEnd + 2, end: text.length },
  ]
}

/** The ticket form with the secrets guard, a kept draft, and relay refusals shown in place. */
export function TicketForm({ initial, keepDraft, submitLabel, canPost, onSubmit, onDone }: Props) {
  const [values, setValues] = useState(initial)
  const [attempted, setAttempted] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [confirming, setConfirming] = useState(false)
  const [editorMode, setEditorMode] = useState<'write' | 'preview'>('write')
  const titleRef = useRef<HTMLInputElement>(null)
  const budgetRef = useRef<HTMLInputElement>(null)
  const descriptionRef = useRef<HTMLTextAreaElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const guard = useSecretsCheck(guardedText(values))
  const draft = useKeptDraft(keepDraft ? DRAFT_KEY : undefined, values, ticketDraftRules)
  const problems = attempted ? ticketFormProblems(values) : {}
  const blocked = guard.verdict.verdict === 'block'

  const change = (patch: Partial<TicketFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setFailure(undefined)
  }

  const locate = (finding: SecretFinding) => {
    const titleEnd = guard.checkedText.indexOf('\n\n')
    if (finding.start < titleEnd) {
      titleRef.current?.focus()
      titleRef.current?.setSelectionRange(finding.start, Math.min(finding.end, titleEnd))
      return
    }
    setEditorMode('write')
    const offset = titleEnd + 2
    // the text area is shown again on the next paint
    requestAnimationFrame(() => {
      descriptionRef.current?.focus()
      descriptionRef.current?.setSelectionRange(finding.start - offset, finding.end - offset)
    })
  }

  const publish = async () => {
    setConfirming(false)
    setBusy(true)
    const result = await onSubmit(values)
    setBusy(false)
    if (!result.ok) {
      setFailure(result.reason)
      return
    }
    if (keepDraft) draft.forget()
    onDone(result)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (busy || !canPost) return
    setAttempted(true)
    const found = ticketFormProblems(values)
    if (found.title) return titleRef.current?.focus()
    if (found.budget) return budgetRef.current?.focus()
    // checked again now: the live verdict may be a moment behind the typing
    const verdict = checkForSecrets(guardedText(values)).verdict
    if (verdict === 'block') {
      setFailure('Not posted: remove the secret highlighted above first. Nothing was sent.')
      noticeRef.current?.scrollIntoView({ block: 'center' })
      return
    }
    if (verdict === 'warn') return setConfirming(true)
    void publish()
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-6" aria-busy={busy}>
      <TitleField
        value={values.title}
        onChange={(title) => change({ title })}
        error={problems.title}
        inputRef={titleRef}
      />
      <MarkdownEditor
        id="ticket-description"
        label="Description"
        hint="What happened, on which device and software, what you tried, the exact error text. Never your seed words or keys."
        value={values.description}
        onChange={(description) => change({ description })}
        textareaRef={descriptionRef}
        mode={editorMode}
        onModeChange={setEditorMode}
        maxLength={20_000}
        rows={9}
      />
      <div ref={noticeRef} aria-live="polite">
        <SecretsNotice
          verdict={guard.verdict}
          text={guard.checkedText}
          sections={sectionsOf(guard.checkedText)}
          refusal="Post ticket is switched off until you remove it. Nothing has been sent, and it is not saved on this device."
          onLocate={locate}
        />
      </div>
      <TopicPicker
        label="Topics"
        hint="Up to five, so the right troubleshooters find your ticket. Type your own if none fits."
        value={values.topics}
        onChange={(topics) => change({ topics })}
      />
      <BudgetField
        value={values.budget}
        onChange={(budget) => change({ budget })}
        error={problems.budget}
        inputRef={budgetRef}
      />
      <DirectRequestField
        troubleshooter={values.troubleshooter}
        onRemove={() => change({ troubleshooter: undefined })}
      />
      {failure && (
        <Alert tone="error" title="Your ticket was not posted">
          <span className="[overflow-wrap:anywhere]">{failure}</span> Everything you typed is still
          here.
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-5 dark:border-stone-800">
        <button
          type="submit"
          className={`${buttonClass.primary} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`}
          disabled={busy || !canPost}
          aria-disabled={blocked || undefined}
          aria-describedby={blocked ? 'ticket-blocked-reason' : undefined}
        >
          {busy ? 'Posting…' : submitLabel}
        </button>
        <p aria-live="polite" className="text-xs text-stone-500 dark:text-stone-400">
          {blocked ? (
            <span
              id="ticket-blocked-reason"
              className="font-semibold text-red-700 dark:text-red-400"
            >
              Remove the secret to post.
            </span>
          ) : !canPost ? (
            'Sign in to post.'
          ) : draft.state === 'saved' ? (
            'Draft saved on this device.'
          ) : null}
        </p>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Post it anyway?"
        body="The safety check flagged part of your text. Tickets are public: make sure it holds no part of a recovery phrase or a key."
        confirmLabel="Post anyway"
        cancelLabel="Go back and check"
        onConfirm={() => void publish()}
        onCancel={() => setConfirming(false)}
      />
    </form>
  )
}
