import { useState } from 'react'
import { postTicket } from '@/commands/tickets'
import { useSearchParams } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { deviceStorage } from '@/storage/device-storage'
import { useSession } from '@/stores/session'
import { decodeTroubleshooter } from './decode-params'
import { EditTicket } from './edit-ticket'
import { NewTicketLayout } from './new-ticket-layout'
import { loadTicketDraft } from './ticket-draft'
import { TicketForm } from './ticket-form'
import { emptyTicketForm, ticketInputFromForm } from './ticket-form-values'
import { usePublishedTicket } from './use-published-ticket'

/**
 * `/new` — post a ticket. `?to=<npub>` asks one troubleshooter directly; `?edit=<naddr>` edits
 * my New ticket; `?reopen=<naddr>` posts a new ticket prefilled from my Failed one.
 */
export default function NewTicketPage() {
  const [params] = useSearchParams()
  const edit = params.get('edit')
  const reopen = params.get('reopen')
  if (edit !== null) return <EditTicket key={`edit:${edit}`} mode="edit" naddr={edit} />
  if (reopen !== null) return <EditTicket key={`reopen:${reopen}`} mode="reopen" naddr={reopen} />
  const to = params.get('to')
  return <NewTicket key={to ?? ''} to={to} />
}

function NewTicket({ to }: { to: string | null }) {
  const canPost = useSession((state) => state.status === 'signed-in')
  const published = usePublishedTicket()
  const troubleshooter = decodeTroubleshooter(to)
  const [initial] = useState(() => {
    const draft = loadTicketDraft(deviceStorage()) ?? emptyTicketForm()
    return troubleshooter ? { ...draft, troubleshooter } : draft
  })
  return (
    <NewTicketLayout
      title="New ticket"
      intro="Describe a problem with your self-custody setup; troubleshooters answer with offers."
    >
      {to !== null && !troubleshooter && (
        <Alert tone="warning" title="This request link is damaged">
          It should name a troubleshooter (npub1…). You can still post your ticket for everyone.
        </Alert>
      )}
      <TicketForm
        initial={initial}
        keepDraft
        submitLabel="Post ticket"
        canPost={canPost}
        onSubmit={(values) => postTicket(ticketInputFromForm(values))}
        onDone={(result) => published(result, 'Ticket posted.')}
      />
    </NewTicketLayout>
  )
}
