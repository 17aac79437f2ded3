import { useState } from 'react'
import type { Ref } from 'react'
import { LazyMarkdown } from '@/components/markdown/lazy-markdown'
import { fieldClass } from './form-styles'

type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  placeholder?: string
  rows?: number
  maxLength?: number
  textareaRef?: Ref<HTMLTextAreaElement>
  /** Forces the Write view (e.g. to show the person a part of the text). */
  mode?: 'write' | 'preview'
  onModeChange?: (mode: 'write' | 'preview') => void
  invalid?: boolean
}

const toggle = (on: boolean) =>
  `rounded-md px-3 py-1 text-xs font-semibold ${
    on
      ? 'bg-white text-stone-900 shadow-xs dark:bg-stone-700 dark:text-stone-50'
      : 'text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
  }`

/**
 * A Markdown text area with a Write / Preview switch. The preview renders like the published
 * text will (no raw HTML, safe links only). The text area stays mounted while previewing.
 */
export function MarkdownEditor(props: Props) {
  const { id, label, value, onChange, hint, rows = 8 } = props
  const [ownMode, setOwnMode] = useState<'write' | 'preview'>('write')
  const mode = props.mode ?? ownMode
  const setMode = (next: 'write' | 'preview') => {
    setOwnMode(next)
    props.onModeChange?.(next)
  }
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="min-w-0">
          <label htmlFor={id} className={fieldClass.label}>
            {label}
          </label>
          {hint && (
            <p id={`${id}-hint`} className={fieldClass.hint}>
              {hint}
            </p>
          )}
        </div>
        <div
          role="group"
          aria-label="Write or preview"
          className="inline-flex rounded-lg bg-stone-100 p-0.5 dark:bg-stone-800"
        >
          <button
            type="button"
            aria-pressed={mode === 'write'}
            className={toggle(mode === 'write')}
            onClick={() => setMode('write')}
          >
            Write
          </button>
          <button
            type="button"
            aria-pressed={mode === 'preview'}
            className={toggle(mode === 'preview')}
            onClick={() => setMode('preview')}
          >
            Preview
          </button>
        </div>
      </div>
      <textarea
        ref={props.textareaRef}
        id={id}
        hidden={mode === 'preview'}
        rows={rows}
        value={value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-2 min-h-40 resize-y font-[inherit] leading-relaxed ${fieldClass.input}`}
      />
      {mode === 'preview' && (
        <div
          aria-label={`Preview of ${label.toLowerCase()}`}
          role="region"
          className="mt-2 min-h-40 rounded-lg border border-dashed border-stone-300 p-3 text-sm dark:border-stone-700"
        >
          {value.trim() ? (
            <LazyMarkdown text={value} />
          ) : (
            <p className="text-stone-500 dark:text-stone-400">Nothing to preview yet.</p>
          )}
        </div>
      )}
      <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        Markdown works: **bold**, `code`, lists, [links](https://…). No HTML; images show as links.
      </p>
    </div>
  )
}
