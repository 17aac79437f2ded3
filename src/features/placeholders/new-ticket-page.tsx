import { ComingSoon } from './coming-soon'

/** /new — where a Bitcoiner will post a ticket. */
export default function NewTicketPage() {
  return (
    <ComingSoon
      title="New ticket"
      intro="Describe a problem with your self-custody setup and let troubleshooters offer to help."
      needsSignIn
      features={[
        'A guided form: a short title, what happened, what you already tried, your hardware and software.',
        'Topics such as Coldcard, Sparrow, Bitcoin Core or Lightning, so the right troubleshooters find it.',
        'An optional budget in sats. Troubleshooters answer with offers, a fixed price or a rate per minute.',
        'A reminder before posting: never put seed words, private keys or amounts you hold in a ticket.',
      ]}
    />
  )
}
