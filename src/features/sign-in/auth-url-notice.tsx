import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'

/**
 * A remote signer asked the person to approve this app on a web page. The link is only shown
 * (the store keeps http(s) links only); it is never opened without the person clicking it.
 */
export function AuthUrlNotice({ url }: { url: string }) {
  const host = new URL(url).host
  return (
    <Alert
      tone="warning"
      title="Your signer asks you to approve this app"
      actions={
        <a href={url} target="_blank" rel="noopener noreferrer" className={buttonClass.primary}>
          Open approval page on {host}
        </a>
      }
    >
      Open the page, approve Bitcoin Troubleshoot there, then come back: signing in continues by
      itself.
    </Alert>
  )
}
