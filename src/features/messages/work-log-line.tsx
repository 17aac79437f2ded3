import type { BubbleItem } from './bubble-item'
import { durationWords } from '@/nostr/work-log'

/** How a work-log entry counts in the deal's log (undefined: the deal is not known here). */
export type WorkLogNote =
  { counted: 'start' } | { counted: 'stop'; seconds: number } | { counted: false }

type Props = { entry: NonNullable<BubbleItem['workLog']>; note?: WorkLogNote }

/** "14:02" in the reader's own clock. */
export const clockTime = (at: number): string =>
  new Date(at * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })

/**
 * A work-log entry as a small centred line in the thread ("Work started · 14:02", "Work stopped ·
 * 12 min 5 s"), not a chat bubble. An entry that does not count says so.
 */
export function WorkLogLine({ entry, note }: Props) {
  const started = entry.action === 'start'
  const detail = note?.counted === 'stop' ? durationWords(note.seconds) : clockTime(entry.at)
  return (
    <li className="flex justify-center">
      <p className="inline-flex flex-wrap items-center justify-center gap-x-1.5 rounded-full bg-stone-200/70 px-3 py-1 text-xs text-stone-700 dark:bg-stone-800 dark:text-stone-300">
        <span
          aria-hidden="true"
          className={`size-1.5 rounded-full ${started ? 'bg-emerald-600' : 'bg-stone-500'}`}
        />
        <span className="font-semibold">{started ? 'Work started' : 'Work stopped'}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={new Date(entry.at * 1000).toISOString()} title={clockTime(entry.at)}>
          {detail}
        </time>
        {note?.counted === false && (
          <span className="text-amber-800 dark:text-amber-300">· not counted</span>
        )}
      </p>
    </li>
  )
}
