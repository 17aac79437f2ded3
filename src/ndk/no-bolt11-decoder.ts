/**
 * Stands in for `light-bolt11-decoder`, which NDK imports only to read zap receipts' invoices
 * (`zapInvoiceFromEvent`), a function the app never calls: invoices are read by src/lightning,
 * which loads the real decoder with the payment code. NDK's copy would put it in the first screen.
 * vite.config.ts hands this file to NDK's import only.
 */
export const decode = (): never => {
  throw new Error('Invoices are read by src/lightning, not by NDK.')
}
