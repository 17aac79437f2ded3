/**
 * WebLN (https://webln.guide): a lightning wallet built into the browser or an extension (Alby,
 * and wallets' in-app browsers) puts `window.webln` on the page. Only what paying needs is typed.
 * Its errors are plain exceptions that cannot tell "you refused" from "it failed somewhere after
 * leaving": a WebLN error never proves that nothing was paid.
 */
export type WebLnProvider = {
  /** Asks the person to let this site use their wallet. */
  enable: () => Promise<unknown>
  /** Pays a BOLT #11 invoice; resolves with the preimage once paid. */
  sendPayment: (invoice: string) => Promise<{ preimage: string }>
}

const isProvider = (value: unknown): value is WebLnProvider =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WebLnProvider).enable === 'function' &&
  typeof (value as WebLnProvider).sendPayment === 'function'

/** The browser's WebLN wallet, if the page has one. */
export const browserWallet = (): WebLnProvider | undefined => {
  const provider = (globalThis as { webln?: unknown }).webln
  return isProvider(provider) ? provider : undefined
}
