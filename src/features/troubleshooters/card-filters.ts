import type { TroubleshooterCard } from '@/nostr/troubleshooter-card'
import { TOPICS, TOPIC_GROUPS, findTopic, topicLabel } from '@/nostr/topics'

/** What the directory is narrowed to. */
export type CardFilter = { topic?: string; availableOnly: boolean }

/** Cards matching `filter`: available troubleshooters first, otherwise in the given order. */
export const filterCards = (
  cards: readonly TroubleshooterCard[],
  { topic, availableOnly }: CardFilter,
): TroubleshooterCard[] => {
  const shown = cards.filter(
    (card) => (!availableOnly || card.available) && (!topic || card.topics.includes(topic)),
  )
  return [...shown.filter((card) => card.available), ...shown.filter((card) => !card.available)]
}

/** One group of the topic filter's choices. */
export type TopicChoiceGroup = { group: string; topics: { slug: string; label: string }[] }

/**
 * The topics someone can filter by: every vocabulary topic some card lists, grouped in
 * vocabulary order, then free topics A–Z; `keep` (the current filter) is always listed.
 */
export const topicChoices = (
  cards: readonly TroubleshooterCard[],
  keep?: string,
): TopicChoiceGroup[] => {
  const used = new Set(cards.flatMap((card) => card.topics))
  if (keep) used.add(keep)
  const groups: TopicChoiceGroup[] = []
  for (const [group, name] of Object.entries(TOPIC_GROUPS)) {
    const topics = TOPICS.filter((topic) => topic.group === group && used.has(topic.slug))
    if (topics.length > 0)
      groups.push({ group: name, topics: topics.map(({ slug, label }) => ({ slug, label })) })
  }
  const free = [...used].filter((slug) => !findTopic(slug)).sort()
  if (free.length > 0)
    groups.push({
      group: 'Other topics',
      topics: free.map((slug) => ({ slug, label: topicLabel(slug) })),
    })
  return groups
}
