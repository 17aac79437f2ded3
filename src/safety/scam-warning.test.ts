import { describe, expect, it } from 'vitest'
import { detectScamAsk } from './scam-warning'

const kinds = (text: string) => detectScamAsk(text).map((ask) => ask.kind)

describe('detectScamAsk: seed words', () => {
  it.each([
    'Send me your seed words and I will fix the wallet for you.',
    'To restore it I need your 12 words.',
    'What are your 24 words? I can check them for you.',
    'Don’t worry, just send me the recovery phrase and I’ll sort it out',
    'Please share your seed phrase so I can verify the wallet.',
    'Type your seed words here in the chat, I will check the checksum.',
    'Enter your recovery phrase at wallet-validate.io to resync.',
    'I will never ask for your seed. But send me the first 4 words so I can find the derivation.',
    'can u send a photo of ur seed backup',
    'Read me your mnemonic, I will write it down for you.',
    'Give me the SeedQR and I will scan it.',
  ])('warns on %j', (text) => {
    expect(kinds(text)).toContain('seed')
  })

  it.each([
    'Never share your seed words with anyone, including me.',
    'Did you write down your seed?',
    'Do you still have your recovery phrase somewhere safe?',
    'Did you share your seed with anyone before the coins disappeared?',
    'Restore the wallet from your seed words in Sparrow, on an offline computer.',
    'Anyone who asks you to send your seed phrase is a scammer.',
    'Do not type your seed into any website.',
    'Was the seed phrase length 12 or 24 words?',
    'Send me a message when you have found your seed backup.',
    'Check that your seed words are all on the BIP39 word list.',
    'If you enter your seed in a website, your coins are gone.',
    'Do not send me your seed words or your 12 words, nobody needs them.',
    'My SeedSigner shows an error, can you send me the firmware link?',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('seed')
  })
})

describe('detectScamAsk: private keys', () => {
  it.each([
    'Send me your xprv and I can sweep the stuck coins for you.',
    'I need your private key to sign the transaction.',
    'Paste your nsec here so I can fix your profile.',
    'Could you upload your wallet.dat file so I can recover it?',
  ])('warns on %j', (text) => {
    expect(kinds(text)).toContain('private-key')
  })

  it.each([
    'Send me your xpub so I can see which addresses were used.',
    'Never give your private key to anyone.',
    'Your public key is fine to share.',
    'Did you import a private key into Electrum at some point?',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('private-key')
  })
})

describe('detectScamAsk: remote desktop', () => {
  it.each([
    'Install AnyDesk and give me the 9-digit code.',
    'Easiest is TeamViewer, I will connect and fix it in 5 minutes.',
    'Let me connect to your computer and I will sort it out.',
    'Can you share your screen with Sparrow open?',
    'Download RustDesk and send me the ID.',
  ])('warns on %j', (text) => {
    expect(kinds(text)).toContain('remote-desktop')
  })

  it.each([
    'Never let anyone use AnyDesk or TeamViewer on a computer with a wallet.',
    'Could you share a screenshot of the error message?',
    'Open Sparrow and tell me what the status bar says.',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('remote-desktop')
  })
})

describe('detectScamAsk: verification payments', () => {
  it.each([
    'Your wallet needs a verification fee of 0.005 BTC before the funds are released.',
    'Send 0.01 BTC to this address to validate your wallet.',
    'To unlock your funds you must pay a small amount to sync the wallet.',
    'Send some sats to sync your wallet with the network, then the balance will show.',
    'Pay the activation deposit and your coins will show up.',
  ])('warns on %j', (text) => {
    expect(kinds(text)).toContain('verification-payment')
  })

  it.each([
    'Send a small test amount to your new wallet first to verify it works.',
    'The network fee was too low, that is why the transaction is stuck.',
    'Never send coins to anyone to "verify" your wallet.',
    'You can bump the fee with RBF in Sparrow.',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('verification-payment')
  })
})

describe('detectScamAsk: installing sent software', () => {
  it.each([
    'Run the file I sent you, it repairs the wallet database.',
    'Install this app, it syncs your coins faster: wallet-fix.apk',
    'I have sent you a recovery tool, just run it.',
    'Download the patched Electrum from this link and open it.',
    'Open the attachment and enter your password.',
  ])('warns on %j', (text) => {
    expect(kinds(text)).toContain('install-software')
  })

  it.each([
    'Download Sparrow from the official site and check the PGP signature.',
    'Open the app and go to Settings, then Network.',
    'Install the latest firmware from the Coldcard website.',
    'I sent you the PSBT file, load it in Sparrow and check the outputs.',
    'Never install software that someone sends you.',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('install-software')
  })
})

describe('detectScamAsk: moving the conversation elsewhere', () => {
  it.each([
    'Let us continue on WhatsApp, it is easier.',
    'Add me on Telegram @wallet_support_official, I will help you there faster.',
    'Join our Telegram: t.me/btc_recovery_help',
    'Call me at (212) 555-0187 and I will walk you through it.',
    'Give me your phone number and our specialist will call you.',
    'Write to our official email support@trezor-helpdesk.com with your wallet details.',
    'I can only help over WhatsApp.',
  ])('warns on %j', (text) => {
    expect(kinds(text)).toContain('off-platform')
  })

  it.each([
    'If anyone messages you on Telegram claiming to be support, it is a scam.',
    'I am not on Telegram, let us keep talking here.',
    'Your transaction signals RBF, you can bump the fee.',
    'Your Lightning address me@getalby.com is set correctly.',
    'Your node is at block 871,234 and the network at 871,240.',
    'Make sure the phone number on your exchange account is protected against SIM swaps.',
    'There is an official Sparrow Telegram group where the developer answers sometimes.',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('off-platform')
  })
})

describe('detectScamAsk: whole messages', () => {
  it('says each kind once, in a fixed order, in plain words', () => {
    const asks = detectScamAsk(
      'Install AnyDesk. Then send me your seed words. Also send me your seed phrase again.',
    )
    expect(asks.map((ask) => ask.kind)).toEqual(['seed', 'remote-desktop'])
    expect(asks[0]?.message).toContain('Legitimate troubleshooters never ask for your seed words.')
    expect(asks[0]?.message).toContain('Consider reporting this person.')
  })

  it('finds nothing in an ordinary troubleshooting exchange', () => {
    const chat = [
      'Hi! Thanks for accepting my offer.',
      'First, never share your seed words with me or anyone else.',
      'Did you write down your seed when you set up the Trezor?',
      'Open Sparrow, go to Settings → Server and send me a screenshot of the error.',
      'If the transaction is stuck, we can bump the fee with CPFP.',
    ].join('\n')
    expect(detectScamAsk(chat)).toEqual([])
  })

  it('ignores empty text and stays fast on the largest message', () => {
    expect(detectScamAsk('')).toEqual([])
    const big = 'send me your '.repeat(5000) + 'x'
    const started = performance.now()
    detectScamAsk(big)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
