import { useState } from 'react'
import { safeImageUrl } from '@/nostr/safe-url'

type Props = {
  pubkey: string
  /** The profile's picture URL, untrusted: only http(s) images are loaded. */
  picture?: string
  /** The person's name, for the initial shown when there is no picture. */
  name?: string
  size?: 'sm' | 'md' | 'lg'
}

const sizes = { sm: 'size-6 text-[0.65rem]', md: 'size-9 text-sm', lg: 'size-20 text-2xl' }
const hues = [
  'bg-amber-600',
  'bg-teal-700',
  'bg-sky-700',
  'bg-rose-700',
  'bg-violet-700',
  'bg-lime-700',
]

/** A round profile picture, or a coloured initial when there is none or it fails to load. */
export function Avatar({ pubkey, picture, name, size = 'md' }: Props) {
  const src = safeImageUrl(picture)
  const [failed, setFailed] = useState<string>()
  const base = `${sizes[size]} shrink-0 rounded-full object-cover`
  if (src && failed !== src) {
    return (
      <img
        src={src}
        alt=""
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className={`${base} bg-stone-200 dark:bg-stone-800`}
        onError={() => setFailed(src)}
      />
    )
  }
  const hue = hues[parseInt(pubkey.slice(0, 2), 16) % hues.length] ?? hues[0]
  const initial = Array.from((name ?? '').trim())[0]?.toUpperCase() ?? '₿'
  return (
    <span
      aria-hidden="true"
      className={`${base} ${hue} grid place-items-center font-semibold text-white`}
    >
      {initial}
    </span>
  )
}
