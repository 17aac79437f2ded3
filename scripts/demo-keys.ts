import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { getPublicKey } from 'nostr-tools'

/** A fixed demo identity: its secret key is sha256 of a label, so every run has the same people. */
export type DemoIdentity = {
  label: string
  secretKey: Uint8Array
  pubkey: string
  /** The kind 0 content published for this person (no picture, no lightning address). */
  profile: { name: string; display_name: string; about: string; picture?: string }
}

const identity = (label: string, profile: DemoIdentity['profile']): DemoIdentity => {
  const secretKey = sha256(utf8ToBytes(`bitcoin-troubleshoot demo: ${label}`))
  return { label, secretKey, pubkey: getPublicKey(secretKey), profile }
}

/** Secret key as hex (for printing an nsec-free hint, or tests that need the raw key). */
export const secretKeyHex = (person: DemoIdentity): string => bytesToHex(person.secretKey)

/** The demo Bitcoiner: the demo signer holds this key, so a newcomer signs in as this person. */
export const satoshiNewcomer = identity('satoshi-newcomer', {
  name: 'Satoshi Newcomer',
  display_name: 'Satoshi Newcomer',
  about: 'Stacking sats since last halving. Learning self-custody one mistake at a time.',
})

/** Two more Bitcoiners, so the feed is not one person's worries. */
export const dorothyCold = identity('dorothy-cold', {
  name: 'Dorothy Cold',
  display_name: 'Dorothy Cold',
  about: 'Retired teacher. My grandchildren got me into bitcoin; now I want to do it properly.',
})

export const kofiStacker = identity('kofi-stacker', {
  name: 'Kofi Stacker',
  display_name: 'Kofi Stacker',
  about: 'Runs a node at home, pays the shop in sats, still scared of the lightning force-close.',
})

/** The troubleshooters. */
export const adaMultisig = identity('ada-multisig', {
  name: 'Ada Multisig',
  display_name: 'Ada Multisig',
  about:
    'Hardware wallets and multisig since 2017: Coldcard, Trezor, Jade, Sparrow, Nunchuk. ' +
    'I never ask for your seed words.',
})

export const halNodeworth = identity('hal-nodeworth', {
  name: 'Hal Nodeworth',
  display_name: 'Hal Nodeworth',
  about:
    'Node runner: Bitcoin Core, Umbrel, Start9, electrs, Tor. I fix the sync that will not finish.',
})

export const lenaLightning = identity('lena-lightning', {
  name: 'Lena Lightning',
  display_name: 'Lena Lightning',
  about:
    'Lightning channels, LND and Core Lightning, stuck transactions, fee bumping with RBF and CPFP.',
})

export const demoBitcoiners = [satoshiNewcomer, dorothyCold, kofiStacker] as const
export const demoTroubleshooters = [adaMultisig, halNodeworth, lenaLightning] as const
export const demoIdentities = [...demoBitcoiners, ...demoTroubleshooters] as const
