import { useEffect, useRef, useState } from 'react'

const DEBOUNCE_MS = 250

type Props = { value: string; onChange: (value: string) => void }

/** Searches titles and descriptions as the person types (debounced); Escape clears. */
export function SearchBox({ value, onChange }: Props) {
  const [text, setText] = useState(value)
  const sent = useRef(value)
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  })

  // the URL changed elsewhere (cleared filters, back button): show what it says
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value
      setText(value)
    }
  }, [value])

  useEffect(() => {
    if (text === sent.current) return
    const timer = setTimeout(() => {
      sent.current = text
      onChangeRef.current(text)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])

  return (
    <div className="relative">
      <label htmlFor="feed-search" className="sr-only">
        Search tickets
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 fill-stone-400"
      >
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64a.75.75 0 1 1-1.06 1.06l-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
      </svg>
      <input
        id="feed-search"
        type="search"
        value={text}
        maxLength={200}
        placeholder="Search titles and descriptions"
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('')
        }}
        className="w-full rounded-lg border border-stone-300 bg-white py-2 pr-3 pl-9 text-sm placeholder:text-stone-400 focus:border-bitcoin focus:ring-2 focus:ring-bitcoin/30 focus:outline-none dark:border-stone-700 dark:bg-stone-900"
      />
    </div>
  )
}
