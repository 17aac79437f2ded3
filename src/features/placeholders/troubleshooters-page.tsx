import { ComingSoon } from './coming-soon'

/** /troubleshooters — the directory of troubleshooters. */
export default function TroubleshootersPage() {
  return (
    <ComingSoon
      title="Troubleshooters"
      intro="People who help with self-custody problems, and what they are good at."
      features={[
        'Troubleshooters by expertise: hardware wallets, nodes, lightning, multisig, privacy, backups.',
        'Their availability, usual rate, verified reviews and sats earned on tickets.',
        'Send a ticket directly to a troubleshooter you trust.',
      ]}
    />
  )
}
