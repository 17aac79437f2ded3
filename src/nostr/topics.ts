/** The self-custody topic vocabulary used for ticket topics and troubleshooter expertise. */

export type TopicGroup =
  | 'hardware-wallet'
  | 'wallet-software'
  | 'node'
  | 'lightning'
  | 'privacy'
  | 'multisig'
  | 'backup'
  | 'fees'

export type Topic = { slug: string; label: string; group: TopicGroup }

/** Display names of the groups, in the order the UI lists them. */
export const TOPIC_GROUPS: Record<TopicGroup, string> = {
  'hardware-wallet': 'Hardware wallets',
  'wallet-software': 'Wallet software',
  node: 'Nodes',
  lightning: 'Lightning',
  privacy: 'Privacy',
  multisig: 'Multisig',
  backup: 'Backups and inheritance',
  fees: 'Fees and stuck transactions',
}

const group = (g: TopicGroup, entries: [slug: string, label: string][]): Topic[] =>
  entries.map(([slug, label]) => ({ slug, label, group: g }))

/** Every known topic; slugs are lowercase [a-z0-9_.-]. */
export const TOPICS: readonly Topic[] = [
  ...group('hardware-wallet', [
    ['hardware-wallet', 'Hardware wallet'],
    ['coldcard', 'Coldcard'],
    ['trezor', 'Trezor'],
    ['ledger', 'Ledger'],
    ['bitbox', 'BitBox'],
    ['jade', 'Blockstream Jade'],
    ['seedsigner', 'SeedSigner'],
    ['keystone', 'Keystone'],
    ['passport', 'Foundation Passport'],
    ['krux', 'Krux'],
    ['specter-diy', 'Specter DIY'],
    ['tapsigner', 'Tapsigner'],
  ]),
  ...group('wallet-software', [
    ['sparrow', 'Sparrow'],
    ['electrum', 'Electrum'],
    ['bluewallet', 'BlueWallet'],
    ['nunchuk', 'Nunchuk'],
    ['specter', 'Specter Desktop'],
    ['wasabi', 'Wasabi'],
    ['green', 'Blockstream Green'],
    ['muun', 'Muun'],
    ['phoenix', 'Phoenix'],
    ['breez', 'Breez'],
    ['zeus', 'Zeus'],
    ['samourai', 'Samourai'],
    ['liana', 'Liana'],
    ['psbt', 'PSBT'],
    ['descriptors', 'Output descriptors'],
    ['watch-only', 'Watch-only wallet'],
  ]),
  ...group('node', [
    ['bitcoin-core', 'Bitcoin Core'],
    ['full-node', 'Full node'],
    ['umbrel', 'Umbrel'],
    ['start9', 'Start9'],
    ['raspiblitz', 'RaspiBlitz'],
    ['mynode', 'myNode'],
    ['ronindojo', 'RoninDojo'],
    ['citadel', 'Citadel'],
    ['nodl', 'Nodl'],
    ['electrs', 'Electrs'],
    ['fulcrum', 'Fulcrum'],
    ['mempool', 'Mempool explorer'],
    ['initial-block-download', 'Initial block download'],
  ]),
  ...group('lightning', [
    ['lightning', 'Lightning'],
    ['lnd', 'LND'],
    ['core-lightning', 'Core Lightning'],
    ['eclair', 'Eclair'],
    ['ldk', 'LDK'],
    ['channels', 'Channels and liquidity'],
    ['force-close', 'Force close'],
    ['lightning-address', 'Lightning address'],
    ['nwc', 'Nostr Wallet Connect'],
    ['ecash', 'Ecash (Cashu, Fedimint)'],
  ]),
  ...group('privacy', [
    ['privacy', 'Privacy'],
    ['tor', 'Tor'],
    ['vpn', 'VPN'],
    ['coinjoin', 'Coinjoin'],
    ['coin-control', 'Coin control'],
    ['payjoin', 'Payjoin'],
    ['utxo-management', 'UTXO management'],
  ]),
  ...group('multisig', [
    ['multisig', 'Multisig'],
    ['collaborative-custody', 'Collaborative custody'],
    ['miniscript', 'Miniscript'],
    ['timelocks', 'Timelocks'],
  ]),
  ...group('backup', [
    ['backup', 'Backups'],
    ['seed-phrase', 'Seed phrase'],
    ['passphrase', 'Passphrase'],
    ['metal-backup', 'Metal backup'],
    ['shamir', 'Shamir / SLIP-39'],
    ['inheritance', 'Inheritance'],
    ['recovery', 'Wallet recovery'],
  ]),
  ...group('fees', [
    ['fees', 'On-chain fees'],
    ['stuck-transaction', 'Stuck transaction'],
    ['rbf', 'Replace-by-fee (RBF)'],
    ['cpfp', 'Child-pays-for-parent (CPFP)'],
    ['consolidation', 'UTXO consolidation'],
  ]),
]

const bySlug = new Map(TOPICS.map((topic) => [topic.slug, topic]))

/** The vocabulary entry for `slug`, if it is one of ours. */
export const findTopic = (slug: string): Topic | undefined => bySlug.get(slug)

/** Whether `slug` is in the self-custody vocabulary (free topics are allowed but not listed). */
export const isSelfCustodyTopic = (slug: string): boolean => bySlug.has(slug)

/** Whether `slug` is spelled as a topic tag may be: lowercase [a-z0-9_.-], 1–40 chars. */
export const isTopicSlug = (slug: string): boolean => /^[a-z0-9_.-]{1,40}$/.test(slug)

/** Turns free text ("Stuck TX!", "#Sparrow Wallet") into a topic slug, or '' when nothing is left. */
export const slugifyTopic = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^#+/, '')
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40)
    .replace(/[-.]+$/, '')

/** SatShoot's spellings of topics this vocabulary names otherwise (its tag-options list). */
const SATSHOOT_SPELLINGS: Record<string, string> = {
  clightning: 'core-lightning',
  blue_wallet: 'bluewallet',
  blockstream_green: 'green',
  my_node: 'mynode',
}

/**
 * The vocabulary's slug for a topic read from the wire: SatShoot writes `bitcoin_core` or
 * `clightning` where we write `bitcoin-core` or `core-lightning`. Free topics come back unchanged.
 */
export const canonicalTopic = (slug: string): string => {
  const known = SATSHOOT_SPELLINGS[slug] ?? slug.replace(/_/g, '-')
  return bySlug.has(known) ? known : slug
}

/** A human label for a slug: the vocabulary's label, else the slug itself. */
export const topicLabel = (slug: string): string => bySlug.get(slug)?.label ?? slug
