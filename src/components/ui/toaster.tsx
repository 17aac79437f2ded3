import { dismissToast, useToasts } from './toast-store'
import type { Toast } from './toast-store'

const tones: Record<Toast['tone'], string> = {
  info: 'border-stone-700 bg-stone-900 text-stone-50 dark:border-stone-300 dark:bg-stone-100 dark:text-stone-900',
  success: 'border-emerald-700 bg-emerald-900 text-emerald-50',
  error: 'border-red-700 bg-red-900 text-red-50',
}

/** Renders the toast stack above the bottom tabs on phones and bottom-right on desktop. */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts)
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-20 z-50 flex flex-col items-center gap-2 px-3 md:right-4 md:bottom-4 md:left-auto md:items-end"
    >
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          className={`pointer-events-auto flex w-full max-w-sm items-center gap-3 rounded-xl border px-4 py-3 text-sm shadow-lg ${tones[toast.tone]}`}
        >
          <p className="min-w-0 flex-1 [overflow-wrap:anywhere]">{toast.message}</p>
          {toast.action && (
            <button
              type="button"
              className="rounded-md bg-bitcoin px-3 py-1 font-semibold text-stone-950 hover:bg-amber-400"
              onClick={() => {
                toast.action?.run()
                dismissToast(toast.id)
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            aria-label="Dismiss"
            className="rounded-md px-1 text-lg leading-none opacity-70 hover:opacity-100"
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
