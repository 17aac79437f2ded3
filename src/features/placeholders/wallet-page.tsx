import { ComingSoon } from './coming-soon'

/** /wallet — Nostr Wallet Connect. */
export default function WalletPage() {
  return (
    <ComingSoon
      title="Wallet"
      intro="Pay troubleshooters from your own lightning wallet, with nothing in between."
      needsSignIn
      features={[
        'Connect a lightning wallet with Nostr Wallet Connect (NIP-47). The connection string stays on this device.',
        'Every payment asks for your confirmation and shows the amount, the payee and what it is for.',
        'A payment counts as done only when the wallet returns a proof (preimage) matching the invoice.',
      ]}
    />
  )
}
