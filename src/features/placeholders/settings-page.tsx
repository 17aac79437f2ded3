import { ComingSoon } from './coming-soon'

/** /settings — preferences. */
export default function SettingsPage() {
  return (
    <ComingSoon
      title="Settings"
      intro="Your preferences for this app on this device."
      features={[
        'Muted people and reports, kept in your nostr mute list.',
        'Which topics you follow as a troubleshooter, to filter the ticket feed.',
        'Sign out and forget everything this device stored for you.',
      ]}
    />
  )
}
