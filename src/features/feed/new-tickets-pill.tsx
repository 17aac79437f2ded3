type Props = { count: number; onShow: () => void }

/** "3 new tickets": shows tickets that arrived while the person was reading further down. */
export function NewTicketsPill({ count, onShow }: Props) {
  return (
    <div
      aria-live="polite"
      className="pointer-events-none sticky top-16 z-10 flex justify-center md:top-4"
    >
      {count > 0 && (
        <button
          type="button"
          onClick={onShow}
          className="pointer-events-auto rounded-full bg-stone-900 px-4 py-1.5 text-sm font-semibold text-white shadow-lg hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          ↑ {count} new {count === 1 ? 'ticket' : 'tickets'}
        </button>
      )}
    </div>
  )
}
