/** A per-minute rate for a form field: at most two decimals, no trailing zeros ("16.67", "10"). */
export const formatPerMinute = (satsPerMinute: number): string =>
  String(Math.round(satsPerMinute * 100) / 100)
