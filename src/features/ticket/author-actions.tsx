import { useState } from 'react'
import { closeTicket, deleteTicket } from '@/commands/tickets'
import { Link, useNavigate } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import type { Ticket } from '@/nostr/ticket'
import { useCommand } from '@/hooks/use-command'

type Pending = 'resolved' | 'failed' | 'delete'

const QUESTIONS: Record<Pending, { title: string; body: string; confirm: string }> = {
  resolved: {
    title: 'Close this ticket as resolved?',
    body: 'The ticket is marked Resolved and takes no more offers. This cannot be undone.',
    confirm: 'Close as resolved',
  },
  failed: {
    title: 'Close this ticket as failed?',
    body: 'The ticket is marked Failed and takes no more offers. You can reopen it later as a new ticket, prefilled from this one.',
    confirm: 'Close as failed',
  },
  delete: {
    title: 'Delete this ticket?',
    body: 'A deletion request (NIP-09) goes to your relays: apps that honour it stop showing the ticket. Copies on other relays or in other apps may remain.',
    confirm: 'Delete ticket',
  },
}

type Props = {
  ticket: Ticket
  naddr: string
  /** The author just closed the ticket (as resolved or failed) on this page. */
  onClosed?: () => void
}

/** What the ticket's author can do with it: edit, close, reopen, delete (each confirmed). */
export function AuthorActions({ ticket, naddr, onClosed }: Props) {
  const [pending, setPending] = useState<Pending>()
  const command = useCommand()
  const navigate = useNavigate()
  const open = ticket.status === 'new' || ticket.status === 'in-progress'

  const confirm = async () => {
    if (!pending) return
    const ok =
      pending === 'delete'
        ? await command.run(() => deleteTicket(ticket), 'Ticket deleted.')
        : await command.run(
            () => closeTicket(ticket, pending),
            pending === 'resolved' ? 'Ticket closed as resolved.' : 'Ticket closed as failed.',
          )
    if (!ok) return
    setPending(undefined)
    if (pending === 'delete') navigate('/my/tickets')
    else onClosed?.()
  }
  const ask = (what: Pending) => {
    command.clearError()
    setPending(what)
  }
  const question = pending ? QUESTIONS[pending] : undefined

  return (
    <section
      aria-label="Your ticket"
      className="mt-5 rounded-2xl border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900/60"
    >
      <p className="text-sm font-semibold">This is your ticket</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {ticket.status === 'new' && (
          <Link to={`/new?edit=${naddr}`} className={buttonClass.secondary}>
            Edit
          </Link>
        )}
        {open && (
          <>
            <button type="button" className={buttonClass.secondary} onClick={() => ask('resolved')}>
              Close as resolved
            </button>
            <button type="button" className={buttonClass.secondary} onClick={() => ask('failed')}>
              Close as failed
            </button>
          </>
        )}
        {ticket.status === 'failed' && (
          <Link to={`/new?reopen=${naddr}`} className={buttonClass.primary}>
            Reopen as a new ticket
          </Link>
        )}
        <button
          type="button"
          className={`${buttonClass.ghost} text-red-700 dark:text-red-400`}
          onClick={() => ask('delete')}
        >
          Delete
        </button>
      </div>
      <ConfirmDialog
        open={question !== undefined}
        title={question?.title ?? ''}
        body={
          <>
            <p>{question?.body}</p>
            {command.error && (
              <div className="mt-3">
                <Alert tone="error" title="That did not work">
                  {command.error}
                </Alert>
              </div>
            )}
          </>
        }
        confirmLabel={question?.confirm ?? 'OK'}
        danger={pending === 'delete'}
        busy={command.busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(undefined)}
      />
    </section>
  )
}
