import { groupThousands } from '@/components/ui/format-sats'

type Props = {
  /** How items are counted: `['ticket', 'tickets']`. */
  noun: readonly [string, string]
  /** Items hidden because their person is muted. */
  muted: number
  /** Items of muted people shown anyway. */
  mutedShown: number
  /** Items hidden because their person is outside the viewer's network. */
  outside?: number
  onRevealMuted: (reveal: boolean) => void
  /** Turns "Only people in my network" off. */
  onShowEveryone?: () => void
  /** Classes of the list, shown only when something is hidden (e.g. a margin). */
  className?: string
}

const count = (n: number, [one, many]: readonly [string, string]) =>
  `${groupThousands(n)} ${n === 1 ? one : many}`

const linkButton =
  'rounded font-semibold text-amber-800 underline underline-offset-2 hover:text-amber-950 focus-visible:ring-2 focus-visible:ring-bitcoin focus-visible:outline-none dark:text-amber-300 dark:hover:text-amber-200'

/**
 * Says what a list left out and why — "2 tickets hidden (muted) — Show anyway", "5 tickets
 * hidden: not in your network" — so nobody is hidden silently; nothing when nothing is hidden.
 */
export function HiddenPeopleNotice(props: Props) {
  const { noun, muted, mutedShown, outside = 0 } = props
  const lines = muted > 0 || mutedShown > 0 || outside > 0
  return (
    <div aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
      {lines && (
        <ul aria-label="Hidden" className={`space-y-1 ${props.className ?? ''}`}>
          {muted > 0 && (
            <li>
              {count(muted, noun)} hidden (muted) —{' '}
              <button
                type="button"
                className={linkButton}
                onClick={() => props.onRevealMuted(true)}
              >
                Show anyway
              </button>
            </li>
          )}
          {mutedShown > 0 && (
            <li>
              Showing {count(mutedShown, noun)} from people you muted —{' '}
              <button
                type="button"
                className={linkButton}
                onClick={() => props.onRevealMuted(false)}
              >
                Hide again
              </button>
            </li>
          )}
          {outside > 0 && (
            <li>
              {count(outside, noun)} hidden: not in your network
              {props.onShowEveryone && (
                <>
                  {' '}
                  —{' '}
                  <button type="button" className={linkButton} onClick={props.onShowEveryone}>
                    Show everyone
                  </button>
                </>
              )}
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
