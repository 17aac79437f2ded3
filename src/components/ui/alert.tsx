import type { ReactNode } from 'react'

type Tone = 'info' | 'warning' | 'error' | 'success'

const tones: Record<Tone, string> = {
  info: 'border-stone-200 bg-white text-stone-800 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-200',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100',
  error:
    'border-red-300 bg-red-50 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100',
}

type Props = {
  tone?: Tone
  title: string
  children?: ReactNode
  /** Buttons or links the person can act with. */
  actions?: ReactNode
}

/** An inline message a person can read and act on. Errors are announced to screen readers. */
export function Alert({ tone = 'info', title, children, actions }: Props) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-xl border p-4 text-sm ${tones[tone]}`}
    >
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-1 leading-relaxed opacity-90">{children}</div>}
      {actions && <div className="mt-3 flex flex-wrap gap-2">{actions}</div>}
    </div>
  )
}
