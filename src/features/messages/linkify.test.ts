import { describe, expect, it } from 'vitest'
import { linkify } from './linkify'

describe('linkify', () => {
  it('turns http(s) links into links and keeps the words around them', () => {
    expect(linkify('Get it from https://sparrowwallet.com/download. Then verify.')).toEqual([
      { type: 'text', text: 'Get it from ' },
      {
        type: 'link',
        text: 'https://sparrowwallet.com/download',
        href: 'https://sparrowwallet.com/download',
      },
      { type: 'text', text: '. Then verify.' },
    ])
  })

  it('links nostr: URIs', () => {
    const npub = 'nostr:npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6'
    expect(linkify(`ask ${npub}`)).toEqual([
      { type: 'text', text: 'ask ' },
      { type: 'link', text: npub, href: npub },
    ])
  })

  it('leaves other schemes as plain text', () => {
    const text = 'click javascript:alert(1) or data:text/html,<b>x</b> or ftp://example.com'
    expect(linkify(text)).toEqual([{ type: 'text', text }])
  })

  it('refuses links that hide their host behind user:password@', () => {
    const text = 'login at https://sparrowwallet.com@evil.example/ now'
    expect(linkify(text).some((piece) => piece.type === 'link')).toBe(false)
  })

  it('keeps a closing parenthesis that belongs to the URL', () => {
    const pieces = linkify('(see https://en.wikipedia.org/wiki/Bitcoin_(disambiguation))')
    expect(pieces[1]).toMatchObject({
      type: 'link',
      text: 'https://en.wikipedia.org/wiki/Bitcoin_(disambiguation)',
    })
    expect(pieces[2]).toEqual({ type: 'text', text: ')' })
  })
})
