import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { displayName } from '@/components/ui/display-name'
import { useProfile } from '@/hooks/use-profile'
import { useMutes } from '@/stores/mutes'
import { MuteDialog } from './mute-dialog'
import { ReportDialog } from './report-dialog'
import { useMutedPeople } from './use-hidden-people'

type Props = {
  pubkey: string
  /** The event this person's menu sits on (a ticket, an offer), named in a report. */
  eventId?: string
  className?: string
}

const itemClass =
  'block w-full px-3 py-2 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 focus:outline-none dark:hover:bg-stone-800 dark:focus:bg-stone-800'

/**
 * A "⋯" menu for a person wherever they appear: Mute or Unmute, and Report… Nothing for signed-out
 * visitors or for the signed-in person themself. Sits above card-wide links (`relative z-10`).
 */
export function PersonActions({ pubkey, eventId, className = '' }: Props) {
  const { viewer, muted } = useMutedPeople()
  const privately = useMutes((state) => state.mutedPrivately.has(pubkey))
  const name = displayName(pubkey, useProfile(pubkey))
  const [open, setOpen] = useState(false)
  const [dialog, setDialog] = useState<'mute' | 'unmute' | 'report'>()
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const outside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  if (!viewer || viewer === pubkey) return null
  const isMuted = muted.has(pubkey)

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (step) {
      event.preventDefault()
      items[(at + step + items.length) % items.length]?.focus()
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault()
      setOpen(false)
      button.current?.focus()
    }
  }
  const choose = (next: 'mute' | 'unmute' | 'report') => {
    setOpen(false)
    setDialog(next)
  }
  const closeDialog = () => {
    setDialog(undefined)
    button.current?.focus()
  }

  return (
    <div className={`relative z-10 shrink-0 ${className}`}>
      <button
        ref={button}
        type="button"
        aria-label={`Mute or report ${name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        className="grid size-8 place-items-center rounded-full text-lg leading-none text-stone-500 hover:bg-stone-200/70 hover:text-stone-900 focus-visible:ring-2 focus-visible:ring-bitcoin focus-visible:outline-none dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`${name}`}
          onKeyDown={onMenuKey}
          className="absolute right-0 mt-1 w-52 overflow-hidden rounded-xl border border-stone-200 bg-white py-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
        >
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={itemClass}
            onClick={() => choose(isMuted ? 'unmute' : 'mute')}
          >
            {isMuted ? `Unmute${privately ? ' (muted privately)' : ''}` : 'Mute'}
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`${itemClass} text-red-700 dark:text-red-400`}
            onClick={() => choose('report')}
          >
            Report…
          </button>
        </div>
      )}
      {(dialog === 'mute' || dialog === 'unmute') && (
        <MuteDialog
          pubkey={pubkey}
          name={name}
          unmute={dialog === 'unmute'}
          onClose={closeDialog}
        />
      )}
      {dialog === 'report' && (
        <ReportDialog
          pubkey={pubkey}
          name={name}
          eventId={eventId}
          muted={isMuted}
          onClose={closeDialog}
        />
      )}
    </div>
  )
}
