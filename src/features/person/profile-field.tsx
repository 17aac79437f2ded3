import type { Ref } from 'react'
import { fieldClass } from '@/components/ui/form-styles'

type Props = {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  error?: string
  type?: 'text' | 'url' | 'email'
  /** A textarea instead of a one-line input. */
  multiline?: boolean
  maxLength?: number
  inputRef?: Ref<HTMLInputElement>
}

/** One labelled field of the profile form, its hint and its problem read with it. */
export function ProfileField(props: Props) {
  const { id, label, hint, value, onChange, error, type = 'text', multiline, maxLength } = props
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  const common = {
    id,
    value,
    dir: 'auto' as const,
    maxLength,
    'aria-invalid': Boolean(error) || undefined,
    'aria-describedby': described || undefined,
    className: `mt-1.5 ${fieldClass.input}`,
  }
  return (
    <div>
      <label htmlFor={id} className={fieldClass.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={fieldClass.hint}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={5} {...common} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          ref={props.inputRef}
          type={type}
          autoComplete="off"
          spellCheck={type === 'text'}
          {...common}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} className={fieldClass.error}>
          {error}
        </p>
      )}
    </div>
  )
}
