import { useCard } from '@/hooks/use-cards'

type Props = { pubkey: string; selected: string[]; onChange: (topics: string[]) => void }

const sameTopics = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((slug) => b.includes(slug))

/**
 * "My expertise": narrows the feed to the topics on the signed-in troubleshooter's card in one
 * click (and back). Loaded only for signed-in people, so visitors do not download the card code.
 */
export default function MyExpertiseButton({ pubkey, selected, onChange }: Props) {
  const { card } = useCard(pubkey)
  const topics = card?.topics ?? []
  if (topics.length === 0) return null
  const active = sameTopics(selected, topics)
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={() => onChange(active ? [] : topics)}
      title={`Your card's topics: ${topics.length}`}
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-3 py-1 text-xs font-semibold ring-1 ring-inset transition ${
        active
          ? 'bg-bitcoin text-stone-950 ring-bitcoin'
          : 'bg-bitcoin/15 text-amber-900 ring-bitcoin/50 hover:bg-bitcoin/25 dark:text-amber-200'
      }`}
    >
      ★ My expertise
    </button>
  )
}
