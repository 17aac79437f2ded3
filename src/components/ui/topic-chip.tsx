import { topicLabel } from '@/nostr/topics'

/** A ticket's topic as a small chip; known slugs show their label. */
export function TopicChip({ slug }: { slug: string }) {
  return (
    <span
      dir="auto"
      className="inline-block max-w-[16rem] truncate rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700 ring-1 ring-stone-200 ring-inset dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700"
    >
      {topicLabel(slug)}
    </span>
  )
}
