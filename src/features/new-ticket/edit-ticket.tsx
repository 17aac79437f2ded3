import { useState } from 'react'
import { postTicket, updateTicket } from '@/commands/tickets'
import { Link } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { ticketPath } from '@/components/ui/ticket-path'
import { useTicket } from '@/hooks/use-ticket'
import { formatAddress } from '@/nostr/address'
import type { Ticket } from '@/nostr/ticket'
import { ticketStatusLabel } from '@/nostr/ticket-state'
import { useSession } from '@/stores/session'
import { decodeTicketNaddr } from './decode-params'
import { NewTicketLayout } from './new-ticket-layout'
import { TicketForm } from './ticket-form'
import type { TicketFormValues } from './ticket-form-values'
import { formFromTicket, parseBudget, ticketInputFromForm } from './ticket-form-values'
import { usePublishedTicket } from './use-published-ticket'

type Mode = 'edit' | 'reopen'

const copy = {
  edit: {
    title: 'Edit ticket',
    intro: 'Change your ticket while it is New, before you accept an offer.',
    submit: 'Save changes',
    done: 'Ticket updated.',
  },
  reopen: {
    title: 'Reopen ticket',
    intro: 'Post a new ticket from your failed one. Change anything that is different now.',
    submit: 'Post ticket',
    done: 'New ticket posted.',
  },
} as const

/** `/new?edit=<naddr>` and `/new?reopen=<naddr>`: the form prefilled from one of my tickets. */
export function EditTicket({ mode, naddr }: { mode: Mode; naddr: string }) {
  const address = decodeTicketNaddr(naddr)
  const lookup = useTicket(address ? formatAddress(address) : undefined)
  if (!address)
    return (
      <ErrorPanel
        title="This link does not name a ticket"
        message="The ticket address is damaged or points at something else."
      />
    )
  if (lookup.ticket) return <Editable mode={mode} ticket={lookup.ticket} />
  if (lookup.loading)
    return (
      <div aria-busy="true" aria-label="Loading the ticket" className="space-y-4">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    )
  return (
    <ErrorPanel
      title={lookup.deleted ? 'This ticket was deleted' : 'Ticket not found'}
      message={
        lookup.deleted
          ? 'Its author deleted it, so it cannot be changed any more.'
          : 'None of your relays has this ticket. You can add relays on the Relays page.'
      }
    />
  )
}

/** Why `me` may not use this mode on `ticket`, if they may not. */
const refusal = (mode: Mode, ticket: Ticket, me: string | undefined): string | undefined => {
  if (me !== ticket.pubkey)
    return `Only the Bitcoiner who posted this ticket can ${mode} it${me ? '' : ': sign in first'}.`
  if (mode === 'edit' && ticket.status !== 'new')
    return `Only a New ticket can be edited; this one is ${ticketStatusLabel(ticket.status)}.`
  if (mode === 'reopen' && ticket.status !== 'failed')
    return `Only a Failed ticket can be reopened; this one is ${ticketStatusLabel(ticket.status)}.`
  return undefined
}

function Editable({ mode, ticket }: { mode: Mode; ticket: Ticket }) {
  const session = useSession()
  const published = usePublishedTicket()
  const [initial] = useState(() => formFromTicket(ticket))
  const text = copy[mode]
  const why = session.status === 'restoring' ? undefined : refusal(mode, ticket, session.pubkey)

  const submit = (values: TicketFormValues) => {
    if (mode === 'reopen') return postTicket(ticketInputFromForm(values))
    const budget = parseBudget(values.budget)
    const input = ticketInputFromForm(values)
    return updateTicket(ticket, {
      title: input.title,
      description: input.description,
      topics: input.topics,
      budget: budget === undefined ? null : budget,
      troubleshooter: values.troubleshooter ?? null,
    })
  }

  return (
    <NewTicketLayout title={text.title} intro={text.intro}>
      {why ? (
        <Alert
          tone="warning"
          title={`This ticket cannot be ${mode === 'edit' ? 'edited' : 'reopened'}`}
          actions={
            <Link to={ticketPath(ticket.pubkey, ticket.d)} className={buttonClass.secondary}>
              Back to the ticket
            </Link>
          }
        >
          {why}
        </Alert>
      ) : (
        <TicketForm
          initial={initial}
          keepDraft={false}
          submitLabel={text.submit}
          canPost={session.status === 'signed-in'}
          onSubmit={submit}
          onDone={(result) => published(result, text.done)}
        />
      )}
    </NewTicketLayout>
  )
}
