/**
 * Stands in for `light-bolt11-decoder`, which NDK imports only to read zap receipts' invoices
 * (`zapInvoiceFromEvent`), a function the app never calls: invoices are read by src/lightning.
 * Keeping the decoder out of the first screen's code saves its download.
 */
export const decode = (): never => {
  throw new Error('Invoices are read by src/lightning, not by NDK.')
}
