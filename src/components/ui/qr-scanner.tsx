import { useEffect, useId, useRef } from 'react'
import { Alert } from './alert'
import { buttonClass } from './button-styles'
import { useQrScan } from './use-qr-scan'

type Props = {
  title: string
  /** What to point the camera at. */
  instructions: string
  /** Why a code read is not the one wanted (shown; scanning goes on), or nothing once taken. */
  onText: (text: string) => string | undefined
  /** Cancel, Escape, or a taken code: the owner unmounts the scanner, which stops the camera. */
  onClose: () => void
}

/**
 * A modal camera view that reads QR codes, on the native <dialog>: focus moves to Cancel and
 * stays inside, Escape closes, and focus goes back to what opened it. What a code says is never
 * shown on screen: it may be a secret.
 */
export function QrScanner({ title, instructions, onText, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const videoRef = useRef<HTMLVideoElement>(null)
  const titleId = useId()
  const state = useQrScan(videoRef, onText)

  useEffect(() => {
    const dialog = dialogRef.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal?.()
    return () => {
      if (dialog?.open) dialog.close()
      opener?.focus()
    }
  }, [])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      className="m-auto w-[min(30rem,calc(100vw-1.5rem))] rounded-2xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="p-4 sm:p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{instructions}</p>
        {state.phase === 'failed' ? (
          <div className="mt-4">
            <Alert tone="warning" title="No camera">
              {state.problem}
            </Alert>
          </div>
        ) : (
          <div className="relative mt-4 aspect-square max-h-[55vh] w-full overflow-hidden rounded-xl bg-stone-950">
            <video
              ref={videoRef}
              muted
              playsInline
              aria-label="Camera view"
              className="h-full w-full object-cover"
            />
            <div
              aria-hidden="true"
              className="pointer-events-none absolute inset-[12%] rounded-2xl border-2 border-white/90 shadow-[0_0_0_100vmax_rgba(12,10,9,0.4)]"
            />
            <p
              role="status"
              className="absolute inset-x-0 bottom-3 px-3 text-center text-sm font-medium text-white drop-shadow"
            >
              {state.phase === 'starting' ? 'Starting the camera…' : 'Looking for a QR code…'}
            </p>
          </div>
        )}
        {state.phase === 'scanning' && state.notice && (
          <div className="mt-3">
            <Alert tone="warning" title={state.notice}>
              Still looking: point the camera at the right code.
            </Alert>
          </div>
        )}
        <div className="mt-4 flex justify-end">
          <button type="button" autoFocus className={buttonClass.secondary} onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  )
}
