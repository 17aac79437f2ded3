import { useNip05 } from './use-nip05'

/** `_@domain` is how NIP-05 writes a domain's own name: shown as the domain alone. */
const shownAddress = (nip05: string) => (nip05.startsWith('_@') ? nip05.slice(2) : nip05)

/**
 * A person's NIP-05 address and whether its domain confirms it: verified (the domain's
 * nostr.json lists this key), not verified (it does not, or gives the name to another key), or
 * could not be checked (with a way to try again).
 */
export function Nip05Status({ nip05, pubkey }: { nip05: string; pubkey: string }) {
  const { check, recheck } = useNip05(nip05, pubkey)
  const address = <span className="[overflow-wrap:anywhere]">{shownAddress(nip05)}</span>
  if (!check || check.status === 'checking') {
    return (
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {address} <span className="text-xs text-stone-500">(checking…)</span>
      </p>
    )
  }
  if (check.status === 'verified') {
    return (
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {address}{' '}
        <span
          className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-300 ring-inset dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800"
          title={`${check.domain} lists this key under this name (NIP-05)`}
        >
          <span aria-hidden="true">✓</span> verified
        </span>
      </p>
    )
  }
  if (check.status === 'not-verified') {
    return (
      <p className="text-sm text-stone-700 dark:text-stone-300">
        <span className="line-through decoration-red-400">{address}</span>{' '}
        <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-red-300 ring-inset dark:bg-red-950 dark:text-red-300 dark:ring-red-800">
          not verified
        </span>
        <span className="mt-0.5 block text-xs text-stone-500">
          Claimed, but {check.reason}: it may not be theirs.
        </span>
      </p>
    )
  }
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300">
      {address}{' '}
      <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-semibold text-stone-700 ring-1 ring-stone-300 ring-inset dark:bg-stone-800 dark:text-stone-300 dark:ring-stone-700">
        not checked
      </span>
      <span className="mt-0.5 block text-xs text-stone-500">
        Could not check it: {check.reason}.{' '}
        <button type="button" onClick={recheck} className="font-semibold underline">
          Check again
        </button>
      </span>
    </p>
  )
}
