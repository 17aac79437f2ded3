import { buttonClass } from '@/components/ui/button-styles'

const small = (className: string) => className.replace('px-4 py-2', 'px-3 py-1.5')

/** The banner itself: what the signer wants, a link to its page, and Dismiss. */
export function AuthUrlBannerView({ url, onDismiss }: { url: URL; onDismiss: () => void }) {
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-2">
        <p className="min-w-0 flex-1 basis-64">
          <span className="font-semibold">Your signer is waiting for your approval.</span> Open its
          page, approve the request, then come back: the app carries on by itself.
        </p>
        <div className="flex shrink-0 flex-wrap gap-2">
          <a
            href={url.href}
            target="_blank"
            rel="noopener noreferrer"
            className={small(buttonClass.primary)}
          >
            Open approval page on {url.host}
          </a>
          <button type="button" onClick={onDismiss} className={small(buttonClass.secondary)}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  )
}
