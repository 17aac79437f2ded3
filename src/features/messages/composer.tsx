import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { recentOwnTexts } from '@/commands/recent-own-messages'
import { buttonClass } from '@/components/ui/button-styles'
import { checkCompose, sizeNote } from './compose-guard'
import { loadComposeDraft, saveComposeDraft } from './compose-draft'

/** What sending said: queued (the outbox has it), or refused with a reason in plain words. */
export type SendAttempt = { ok: true } | { ok: false; reason: string }

type Props = {
  /** Keys the unsent text kept across reloads. */
  threadKey: string
  onSend: (text: string) => SendAttempt
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line. Secrets are caught before they
 * leave (a recovery phrase or private key is never sent; near-misses ask first), and the text is
 * kept whenever it is not sent.
 */
export function Composer({ threadKey, onSend }: Props) {
  const [text, setText] = useState(() => loadComposeDraft(threadKey))
  const [refusal, setRefusal] = useState<string>()
  const [confirming, setConfirming] = useState<string>()
  const deferred = useDeferredValue(text)
  const verdict = useMemo(
    () => checkCompose(deferred, recentOwnTexts(threadKey)),
    [deferred, threadKey],
  )
  const box = useRef<HTMLTextAreaElement>(null)
  const noteId = useId()
  const note = sizeNote(deferred)

  useEffect(() => saveComposeDraft(threadKey, text), [threadKey, text])

  const send = () => {
    const now = checkCompose(text, recentOwnTexts(threadKey))
    setRefusal(undefined)
    if (now.kind === 'empty') return
    if (now.kind === 'too-long' || now.kind === 'blocked') {
      setRefusal(now.message)
      return
    }
    if (now.kind === 'warn' && confirming !== text) {
      setConfirming(text)
      return
    }
    const result = onSend(text)
    if (!result.ok) {
      setRefusal(result.reason)
      return
    }
    setText('')
    setConfirming(undefined)
    box.current?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    send()
  }

  const live =
    verdict.kind === 'blocked' || verdict.kind === 'too-long' ? verdict.message : undefined
  const error = refusal ?? live
  const warning = verdict.kind === 'warn' && !error ? verdict.message : undefined

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault()
        send()
      }}
    >
      {error && (
        <p
          role="alert"
          id={`${noteId}-error`}
          className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100"
        >
          <span className="font-semibold">Not sent. </span>
          {error}
        </p>
      )}
      {warning && (
        <div
          role="status"
          className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p>{warning}</p>
          {confirming === text && (
            <button
              type="submit"
              className="mt-2 rounded-md border border-amber-700 px-2.5 py-1 text-xs font-semibold hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              Send anyway
            </button>
          )}
        </div>
      )}
      <div className="flex items-end gap-2">
        <label htmlFor={noteId} className="sr-only">
          Message
        </label>
        <textarea
          id={noteId}
          ref={box}
          value={text}
          rows={1}
          enterKeyHint="send"
          placeholder="Write a message…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${noteId}-error` : note ? `${noteId}-size` : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setRefusal(undefined)
          }}
          onKeyDown={onKeyDown}
          className="max-h-48 min-h-11 flex-1 resize-none rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base [field-sizing:content] placeholder:text-stone-400 focus:border-bitcoin focus:outline-none md:text-sm dark:border-stone-700 dark:bg-stone-900"
        />
        <button
          type="submit"
          className={`${buttonClass.primary} h-11`}
          disabled={text.trim() === ''}
        >
          Send
        </button>
      </div>
      {note && (
        <p id={`${noteId}-size`} className="text-right text-xs text-stone-500">
          {note}
        </p>
      )}
      <p className="hidden text-xs text-stone-500 md:block dark:text-stone-400">
        Enter sends, Shift+Enter starts a new line. End-to-end encrypted (NIP-17).
      </p>
    </form>
  )
}
