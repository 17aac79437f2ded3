import { QRCodeSVG } from 'qrcode.react'

/**
 * An invoice as a QR code for any lightning wallet (loaded lazily: the QR library is not in the
 * thread's JS). Upper case, as BOLT #11 allows, makes the code smaller and easier to scan.
 */
export default function InvoiceQr({ invoice, label }: { invoice: string; label: string }) {
  return (
    <div className="inline-block rounded-xl bg-white p-3">
      <QRCodeSVG value={`lightning:${invoice}`.toUpperCase()} size={192} level="M" title={label} />
    </div>
  )
}
