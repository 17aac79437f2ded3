import { QRCodeSVG } from 'qrcode.react'

/** The nostrconnect:// code as a QR image (loaded lazily: the QR library is not in the feed's JS). */
export default function NostrConnectQr({ uri }: { uri: string }) {
  return (
    <div className="inline-block rounded-xl bg-white p-3">
      <QRCodeSVG value={uri} size={208} level="M" title="QR code to connect your signer app" />
    </div>
  )
}
