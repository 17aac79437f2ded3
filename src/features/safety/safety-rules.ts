/** The safety rules every Bitcoiner should read before asking a stranger for help. */
export const SAFETY_RULES: readonly { title: string; body: string }[] = [
  {
    title: 'Never share your seed words or private keys',
    body: 'Not in a ticket, not in a message, not on a call, not as a photo. No troubleshooter needs them to help you. Anyone who asks is trying to steal your bitcoin.',
  },
  {
    title: 'Never install software you were sent',
    body: 'Download wallets and tools only from their official sites and check the signatures. A file or link from a helper can be a fake wallet.',
  },
  {
    title: 'No remote desktop, no “verification” payments',
    body: 'Legitimate troubleshooters never ask to take over your screen, and never ask you to send coins to “verify”, “unlock” or “sync” a wallet.',
  },
  {
    title: 'Pay only what the accepted offer says',
    body: 'The price is in the offer you accepted: a fixed amount or a rate per minute. Pay invoices for that work and nothing else. Stop paying if the help stops.',
  },
  {
    title: 'Check who you are dealing with',
    body: 'Look at a troubleshooter’s reviews and earnings before you accept. Only reviews from people who actually worked with them count.',
  },
]
