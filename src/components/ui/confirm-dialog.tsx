import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'
import { buttonClass } from './button-styles'

type Props = {
  open: boolean
  title: string
  /** What will happen, in plain words. */
  body?: ReactNode
  confirmLabel: string
  cancelLabel?: string
  /** Red confirm button, for deleting or other things that cannot be undone. */
  danger?: boolean
  /** The action is running: both buttons wait and the confirm button says so. */
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

const dangerClass =
  'inline-flex items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white transition-colors hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-50'

/**
 * A modal question before something consequential, built on the native <dialog>: focus is moved
 * into it and kept there, Escape cancels (unless busy), and it is announced as an alert dialog.
 */
export function ConfirmDialog(props: Props) {
  const { open, title, body, confirmLabel, cancelLabel = 'Cancel', busy } = props
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal?.()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={body ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) props.onCancel()
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-100"
    >
      {open && (
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {body && (
            <div
              id={bodyId}
              className="mt-2 text-sm leading-relaxed text-stone-600 dark:text-stone-400"
            >
              {body}
            </div>
          )}
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <button
              type="button"
              autoFocus
              disabled={busy}
              className={buttonClass.secondary}
              onClick={props.onCancel}
            >
              {cancelLabel}
            </button>
            <button
              type="button"
              disabled={busy}
              aria-busy={busy}
              className={props.danger ? dangerClass : buttonClass.primary}
              onClick={props.onConfirm}
            >
              {busy ? 'Working…' : confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  )
}
