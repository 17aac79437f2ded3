import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { approvalUrl } from './auth-url-banner'
import { AuthUrlBannerView } from './auth-url-banner-view'

describe('the remote signer approval banner', () => {
  it('offers the approval page as a link the person opens, in a new tab', () => {
    const url = approvalUrl('https://signer.example/approve?request=42', 'signed-in')
    if (!url) throw new Error('an https approval page should be offered')
    const html = renderToStaticMarkup(<AuthUrlBannerView url={url} onDismiss={() => {}} />)
    expect(html).toContain('Your signer is waiting for your approval.')
    expect(html).toContain(
      'href="https://signer.example/approve?request=42" target="_blank" rel="noopener noreferrer"',
    )
    expect(html).toContain('Open approval page on signer.example')
    expect(html).toContain('>Dismiss</button>')
  })

  it('offers nothing but http(s) pages', () => {
    expect(approvalUrl('javascript:alert(1)', 'signed-in')).toBeUndefined()
    expect(approvalUrl('nostr:npub1xyz', 'signed-in')).toBeUndefined()
    expect(approvalUrl('not a url', 'signed-in')).toBeUndefined()
    expect(approvalUrl(undefined, 'signed-in')).toBeUndefined()
    expect(approvalUrl('http://127.0.0.1:8080/approve', 'signed-in')?.host).toBe('127.0.0.1:8080')
  })

  it('leaves the request to the sign-in page while signing in', () => {
    expect(approvalUrl('https://signer.example/approve', 'signing-in')).toBeUndefined()
  })
})
