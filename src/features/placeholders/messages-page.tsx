import { ComingSoon } from './coming-soon'

/** /messages — private conversations. */
export default function MessagesPage() {
  return (
    <ComingSoon
      title="Messages"
      intro="Private conversations between Bitcoiners and troubleshooters, one thread per ticket."
      needsSignIn
      features={[
        'End-to-end encrypted messages (NIP-17): relays see neither the text nor who talks to whom.',
        'Payment requests and receipts inside the conversation, checked against the invoice.',
        'Older direct messages from other nostr apps, marked as weaker encryption.',
      ]}
    />
  )
}
