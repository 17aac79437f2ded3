/** What to check with someone who has no verified history; the note itself comes with the data. */
export function NewcomerNote({ note, mine }: { note: string; mine: boolean }) {
  return (
    <div
      role="note"
      aria-label="Newcomer"
      className="rounded-2xl border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <p className="font-semibold">{mine ? 'You are new here' : 'New here'}</p>
      <p className="mt-1 leading-relaxed">{note}</p>
      {mine && (
        <p className="mt-2 leading-relaxed">
          Your history grows with each deal: a review counts once the person you worked with writes
          it.
        </p>
      )}
    </div>
  )
}
