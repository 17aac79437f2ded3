/** The kinds of scam asks the warnings name (see scam-warning.ts). */
export type ScamAskKind =
  | 'seed'
  | 'private-key'
  | 'remote-desktop'
  | 'verification-payment'
  | 'install-software'
  | 'off-platform'

const REPORT = 'Consider reporting this person.'

/** What the person reads above the message, per kind. */
export const SCAM_MESSAGES: Record<ScamAskKind, string> = {
  seed: `This message asks for your seed words (recovery phrase). Legitimate troubleshooters never ask for your seed words. Do not send them: anyone who has them can take all your bitcoin. ${REPORT}`,
  'private-key': `This message asks for a private key. Legitimate troubleshooters never need your private keys (xprv, WIF, nsec) or wallet files. Do not send them. ${REPORT}`,
  'remote-desktop': `This message asks for remote access to your computer or to see your screen (tools like AnyDesk or TeamViewer). Whoever sees or controls your screen can read your seed words and move your bitcoin. Legitimate troubleshooters never need it: do not allow it.`,
  'verification-payment': `This message asks you to pay to "verify", "activate", "unlock" or "sync" a wallet. No wallet works that way: it is a scam. Pay only what the accepted offer says. ${REPORT}`,
  'install-software': `This message asks you to install or run a file or app sent to you. It can be a fake wallet or malware that steals your bitcoin. Install wallets only from their official sites, and check their signatures.`,
  'off-platform': `This message asks you to continue somewhere else (Telegram, WhatsApp, a phone call, an e-mail address). Fake helpers move people off this app, away from reviews, reports and these warnings. Keep the conversation here.`,
}
