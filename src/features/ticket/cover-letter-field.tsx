import { useDeferredValue, useId, useMemo, useState } from 'react'
import { LazyMarkdown } from '@/components/markdown/lazy-markdown'
import { Alert } from '@/components/ui/alert'
import type { SecretsVerdict } from '@/safety/secrets-guard'
import { checkForSecrets } from '@/safety/secrets-guard'
import { COVER_LETTER_MAX } from './offer-draft'

type Props = { value: string; onChange: (value: string) => void; disabled?: boolean }

const tab = (active: boolean) =>
  `rounded-md px-3 py-1 text-xs font-semibold ${
    active
      ? 'bg-white text-stone-900 shadow-xs dark:bg-stone-700 dark:text-stone-50'
      : 'text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
  }`

/** What the secrets guard says about the cover letter (the form refuses to send on `block`). */
export const useSecretsVerdict = (text: string): SecretsVerdict => {
  const deferred = useDeferredValue(text)
  return useMemo(() => checkForSecrets(deferred), [deferred])
}

/** The cover letter: Markdown with a preview, checked for secrets as it is typed. */
export function CoverLetterField({ value, onChange, disabled }: Props) {
  const id = useId()
  const [preview, setPreview] = useState(false)
  const verdict = useSecretsVerdict(value)
  const message =
    verdict.verdict === 'block'
      ? 'Your cover letter contains a secret that would give money or an account away. Remove it: the offer cannot be sent as it is.'
      : verdict.verdict === 'warn'
        ? 'Your cover letter may contain a secret. Check it before sending.'
        : undefined
  const findings = verdict.verdict === 'ok' ? [] : verdict.findings
  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          Cover letter
        </label>
        <div
          role="group"
          aria-label="Cover letter view"
          className="flex gap-1 rounded-lg bg-stone-100 p-0.5 dark:bg-stone-800"
        >
          <button
            type="button"
            aria-pressed={!preview}
            className={tab(!preview)}
            onClick={() => setPreview(false)}
          >
            Write
          </button>
          <button
            type="button"
            aria-pressed={preview}
            className={tab(preview)}
            onClick={() => setPreview(true)}
          >
            Preview
          </button>
        </div>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500 dark:text-stone-400">
        How you would help and what you need to know. Markdown works: **bold**, lists, `code`,
        links. Never ask for seed words or private keys.
      </p>
      <textarea
        id={id}
        value={value}
        disabled={disabled}
        hidden={preview}
        rows={6}
        maxLength={COVER_LETTER_MAX * 2}
        dir="auto"
        aria-describedby={`${id}-hint${message ? ` ${id}-secrets` : ''}`}
        aria-invalid={verdict.verdict === 'block'}
        onChange={(event) => onChange(event.target.value)}
        className="mt-2 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm leading-relaxed shadow-xs focus:border-bitcoin focus:outline-none dark:border-stone-700 dark:bg-stone-950"
      />
      {preview && (
        <div className="mt-2 min-h-24 rounded-lg border border-dashed border-stone-300 p-3 text-sm dark:border-stone-700">
          {value.trim() ? (
            <LazyMarkdown text={value} />
          ) : (
            <p className="text-stone-500 italic">Nothing to preview yet.</p>
          )}
        </div>
      )}
      <div id={`${id}-secrets`} aria-live="polite" className="mt-2 empty:hidden">
        {message && (
          <Alert
            tone={verdict.verdict === 'block' ? 'error' : 'warning'}
            title={
              verdict.verdict === 'block' ? 'This cannot be sent' : 'Check this before sending'
            }
          >
            <p>{message}</p>
            <ul className="mt-1 list-disc pl-5">
              {findings.map((finding) => (
                <li key={`${finding.start}-${finding.kind}`}>{finding.message}</li>
              ))}
            </ul>
          </Alert>
        )}
      </div>
    </div>
  )
}
