import { useState } from 'react'
import { showToast } from './toast-store'

type Props = { text: string; label?: string; className?: string }

/** Copies `text` to the clipboard and says so; tells the person when the browser refuses. */
export function CopyButton({ text, label = 'Copy', className = '' }: Props) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      showToast({
        tone: 'error',
        message: 'Your browser did not allow copying. Select the text and copy it by hand.',
      })
    }
  }
  return (
    <button
      type="button"
      onClick={copy}
      className={`rounded-md border border-stone-300 px-2.5 py-1 text-xs font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800 ${className}`}
    >
      <span aria-live="polite">{copied ? 'Copied' : label}</span>
    </button>
  )
}
