import { describeSecretsVerdict } from '@/safety/describe-secrets-verdict'
import type { SecretFinding, SecretsVerdict } from '@/safety/secrets-guard'

/** A named stretch of the checked text (e.g. the title, the description), to say where a find is. */
export type TextSection = { label: string; start: number; end: number }

type Props = {
  verdict: SecretsVerdict
  /** The exact text the verdict was computed on (finding offsets point into it). */
  text: string
  sections?: TextSection[]
  /** What is refused while the guard blocks, e.g. "Posting is switched off". */
  refusal: string
  /** Moves the cursor to a finding so the person can delete it. */
  onLocate?: (finding: SecretFinding) => void
}

const CONTEXT = 24
const SHOWN = 90

const locate = (finding: SecretFinding, sections: TextSection[] | undefined) =>
  sections?.find((section) => finding.start >= section.start && finding.start < section.end)?.label

/** The finding inside a little of the text around it, with the finding highlighted. */
function Excerpt({ text, finding }: { text: string; finding: SecretFinding }) {
  const before = text.slice(Math.max(0, finding.start - CONTEXT), finding.start)
  const found = text.slice(finding.start, finding.end)
  const after = text.slice(finding.end, finding.end + CONTEXT)
  return (
    <p dir="auto" className="mt-1 font-mono text-xs leading-relaxed [overflow-wrap:anywhere]">
      {finding.start > CONTEXT && '…'}
      {before}
      <mark className="rounded bg-red-200 px-0.5 text-red-950 dark:bg-red-800 dark:text-red-50">
        {found.length > SHOWN ? `${found.slice(0, SHOWN)}…` : found}
      </mark>
      {after}
      {finding.end + CONTEXT < text.length && '…'}
    </p>
  )
}

/**
 * What the secrets guard found, in plain words: a blocking red panel (the action is refused) or a
 * yellow warning (the action is allowed), each finding quoted in place with a "Show me" button.
 * Renders nothing when the text is fine. Live, so screen readers hear it appear.
 */
export function SecretsNotice({ verdict, text, sections, refusal, onLocate }: Props) {
  if (verdict.verdict === 'ok') return null
  const block = verdict.verdict === 'block'
  const findings = verdict.findings.filter((finding) => !block || finding.severity === 'block')
  return (
    <div
      role={block ? 'alert' : 'status'}
      data-testid="secrets-notice"
      className={`rounded-xl border-2 p-4 text-sm ${
        block
          ? 'border-red-500 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/50 dark:text-red-50'
          : 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-50'
      }`}
    >
      <p className="flex items-center gap-2 font-semibold">
        <span
          aria-hidden="true"
          className={`grid size-6 shrink-0 place-items-center rounded-full text-xs text-white ${block ? 'bg-red-600' : 'bg-amber-500'}`}
        >
          !
        </span>
        {block ? 'Stop: this would give your bitcoin away' : 'Check this before you post'}
      </p>
      <p className="mt-2 leading-relaxed">{describeSecretsVerdict(verdict)}</p>
      {block && <p className="mt-1 font-medium">{refusal}</p>}
      <ul className="mt-3 space-y-3">
        {findings.map((finding) => {
          const where = locate(finding, sections)
          return (
            <li
              key={`${finding.kind}:${finding.start}`}
              className="rounded-lg bg-white/70 p-3 dark:bg-stone-950/40"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold">{where ? `In ${where}` : 'Found'}</p>
                {onLocate && (
                  <button
                    type="button"
                    onClick={() => onLocate(finding)}
                    className="rounded-md border border-current/30 px-2 py-0.5 text-xs font-semibold hover:bg-white dark:hover:bg-stone-900"
                  >
                    Show me
                  </button>
                )}
              </div>
              <Excerpt text={text} finding={finding} />
              <p className="mt-2 text-xs leading-relaxed opacity-90">{finding.message}</p>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
