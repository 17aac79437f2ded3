import { ComingSoon } from './coming-soon'

/** /my/offers — a troubleshooter's own offers. */
export default function MyOffersPage() {
  return (
    <ComingSoon
      title="My offers"
      intro="The offers you sent as a troubleshooter, and how they are going."
      needsSignIn
      features={[
        'Each offer with its ticket and status: pending, won or lost.',
        'Change your price or cover letter while an offer is still pending, or withdraw it.',
        'For won offers: send payment requests and keep a work log for time-based prices.',
      ]}
    />
  )
}
