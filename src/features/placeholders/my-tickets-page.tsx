import { ComingSoon } from './coming-soon'

/** /my/tickets — a Bitcoiner's own tickets. */
export default function MyTicketsPage() {
  return (
    <ComingSoon
      title="My tickets"
      intro="The problems you posted, and the offers troubleshooters sent you."
      needsSignIn
      features={[
        'Every ticket you posted, with its status: New, In progress, Resolved or Failed.',
        'The offers on each ticket, with each troubleshooter’s price, reviews and earnings.',
        'Accept one offer, then mark the ticket resolved or failed when the work is done.',
        'Leave a review of the troubleshooter you worked with.',
      ]}
    />
  )
}
