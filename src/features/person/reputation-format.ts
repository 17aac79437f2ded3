import { formatSats, groupThousands } from '@/components/ui/format-sats'

/** A share in [0, 1] as "92 %"; "—" when nothing counts yet. */
export const percentText = (share: number | undefined): string =>
  share === undefined ? '—' : `${Math.round(share * 100)} %`

/** A QTS score in [0, 1] as "87 / 100"; "—" when nothing counts yet. */
export const scoreText = (score: number | undefined): string =>
  score === undefined ? '—' : `${Math.round(score * 100)} / 100`

export const countText = (n: number): string => groupThousands(n)

export const satsText = (sats: number): string => formatSats(sats)
