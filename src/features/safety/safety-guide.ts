/** One section of the safety guide: a heading and short points in plain words. */
export type GuideSection = { id: string; title: string; intro?: string; points: string[] }

/** The red flags: what scammers posing as helpers ask for, and what to answer. */
export const RED_FLAGS: readonly { ask: string; truth: string }[] = [
  {
    ask: '“Send me your seed words so I can check / sync / restore your wallet.”',
    truth:
      'Nobody needs your seed words to help you, ever. Whoever has them owns your bitcoin. Stop talking to this person.',
  },
  {
    ask: '“Just send the first few words” or “a photo of your backup card”.',
    truth: 'Part of a seed is still your seed: the rest can often be guessed. Same answer: no.',
  },
  {
    ask: '“Paste your xprv / private key / nsec / wallet file here.”',
    truth:
      'These are keys, not information. To let someone look at a wallet, share the xpub (public key) at most.',
  },
  {
    ask: '“Install AnyDesk / TeamViewer so I can fix it for you.” “Share your screen with the wallet open.”',
    truth:
      'Whoever sees or controls your screen can read your seed and send your coins. A good troubleshooter tells you what to click instead.',
  },
  {
    ask: '“Run this tool / this patched wallet / this file I sent you.”',
    truth:
      'Fake wallets and “recovery tools” are the oldest trick. Download software only from its official site and check its signature.',
  },
  {
    ask: '“Your wallet needs a verification / activation / unlock fee” or “send a small amount to validate it”.',
    truth:
      'No wallet works that way. Coins you send to “verify” are gone. Pay only what the accepted offer says.',
  },
  {
    ask: '“Let’s continue on Telegram / WhatsApp” or “I am from Ledger / Trezor support”.',
    truth:
      'Wallet makers never contact you first. Keep the conversation here, where it is encrypted and tied to the ticket and reviews.',
  },
]

/** The guide, in the order a Bitcoiner meets each step. */
export const GUIDE: readonly GuideSection[] = [
  {
    id: 'before-you-post',
    title: 'Before you post a ticket',
    points: [
      'Describe what you see: the wallet, the device, the version, the exact error message. A screenshot of an error is fine; a screenshot of a backup is not.',
      'Leave out anything secret: seed words, private keys, passwords, PINs and passphrases. The app blocks recovery phrases and private keys it recognises, but you are the last line of defence.',
      'Amounts and addresses are public on the blockchain, but you do not have to say how much you hold. “Some bitcoin” is enough.',
    ],
  },
  {
    id: 'choosing',
    title: 'Choosing a troubleshooter',
    points: [
      'Read their reviews and earnings. Only reviews from people who actually worked with them (and paid) count towards their reputation.',
      'Prefer offers that explain how they will help. Vague promises (“I can recover anything”) are a warning sign.',
      'You do not have to accept anyone. Closing a ticket costs nothing.',
    ],
  },
  {
    id: 'talking',
    title: 'While you talk',
    intro:
      'Messages here are end-to-end encrypted (NIP-17): relays see neither the text nor who talks to whom. Encryption protects you from outsiders, not from the person you talk to.',
    points: [
      'A good troubleshooter asks what you see and tells you what to click. They never need to see or control your wallet.',
      'If a message asks for a secret, remote access or a payment to “unlock” something, the app shows a red warning. Believe it.',
      'Take your time. Scammers push (“do it now or your coins are lost”); real help can wait for you to think.',
    ],
  },
  {
    id: 'paying',
    title: 'Paying',
    points: [
      'Pay only what the accepted offer says: a fixed price, or a rate per minute of work. The app shows what each invoice is for before you pay.',
      'Pay invoices from your own lightning wallet. Never send bitcoin from the wallet you are having trouble with “to test it” to someone else.',
      'For time-based offers, stop paying if the help stops. You can always end the session.',
    ],
  },
  {
    id: 'went-wrong',
    title: 'If something went wrong',
    points: [
      'If you shared your seed words or a private key, assume the coins are at risk: move them right away to a new wallet with a new seed, made on a device you trust.',
      'If you installed something you were sent, stop using that computer for bitcoin until it is wiped.',
      'Report the person and mute them, and warn others with an honest review. Never pay someone who promises to “recover” stolen coins for a fee: that is the second half of the same scam.',
    ],
  },
]
