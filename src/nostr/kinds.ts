/** Event kinds this app reads and writes. See docs/PROTOCOL.md. */
export const Kind = {
  Profile: 0,
  Follows: 3,
  LegacyDirectMessage: 4,
  Deletion: 5,
  Seal: 13,
  ChatMessage: 14,
  GiftWrap: 1059,
  Report: 1984,
  Label: 1986,
  ZapRequest: 9734,
  Zap: 9735,
  MuteList: 10000,
  RelayList: 10002,
  DirectMessageRelays: 10050,
  WalletInfo: 13194,
  ClientAuth: 22242,
  NostrConnect: 24133,
  FollowSet: 30000,
  TroubleshooterCard: 32765,
  Ticket: 32767,
  Offer: 32768,
} as const

export type KindNumber = (typeof Kind)[keyof typeof Kind]
