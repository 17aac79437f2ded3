import type { Topic, TopicGroup } from '@/nostr/topics'
import { TOPICS, TOPIC_GROUPS, findTopic, slugifyTopic } from '@/nostr/topics'

/** One choice in the topic picker's list: a vocabulary topic, or a free topic to add. */
export type TopicOption = { slug: string; label: string; free: boolean }

/** The picker's list for a search text: vocabulary matches grouped, then the free topic. */
export type TopicOptionGroups = { group: string; options: TopicOption[] }[]

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

const matches = (topic: Topic, query: string) =>
  query === '' ||
  fold(topic.label).includes(query) ||
  topic.slug.includes(query) ||
  fold(TOPIC_GROUPS[topic.group]).includes(query)

/**
 * The options the picker lists for `search`, leaving out the already chosen ones. When the search
 * is not a vocabulary slug, its slug is offered last as a free topic.
 */
export function topicOptions(search: string, chosen: readonly string[]): TopicOptionGroups {
  const query = fold(search.trim().replace(/^#+/, ''))
  const taken = new Set(chosen)
  const groups: TopicOptionGroups = []
  for (const group of Object.keys(TOPIC_GROUPS) as TopicGroup[]) {
    const options = TOPICS.filter(
      (topic) => topic.group === group && !taken.has(topic.slug) && matches(topic, query),
    ).map((topic) => ({ slug: topic.slug, label: topic.label, free: false }))
    if (options.length > 0) groups.push({ group: TOPIC_GROUPS[group], options })
  }
  const free = slugifyTopic(search)
  if (free !== '' && !findTopic(free) && !taken.has(free)) {
    groups.push({ group: 'Your own topic', options: [{ slug: free, label: free, free: true }] })
  }
  return groups
}
