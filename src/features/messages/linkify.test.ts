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

describe('linkify on hostile text does linear work', () => {
  const SIZE = 64 * 1024
  /** Characters looked at for a text of `size` made by `make`. */
  const workFor = (make: (size: number) => string, size: number) => {
    const meter = { steps: 0 }
    linkify(make(size), meter)
    return meter.steps
  }
  const fill = (unit: string, size: number) =>
    unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  const hostile: Record<string, (size: number) => string> = {
    'a run of ) after a URL': (size) => 'https://example.com/' + ')'.repeat(size - 20),
    'a run of ) then a letter': (size) => 'https://example.com/' + ')'.repeat(size - 21) + 'x',
    'nested brackets around a URL': (size) =>
      '(['.repeat(size / 4 - 10) + 'https://a.io/' + '])'.repeat(size / 4 - 10),
    'no space at all': (size) => 'a'.repeat(size),
    'one URL without a space': (size) => 'https://example.com/' + 'a'.repeat(size - 20),
    'URL schemes glued together': (size) => fill('https://', size),
    'many short links': (size) => fill('https://a.io/b) ', size),
    'nostr: prefixes': (size) => fill('nostr:npub1(', size),
  }

  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: twice the text, about twice the work, and a few steps a character`, () => {
      const half = workFor(make, SIZE / 2)
      const full = workFor(make, SIZE)
      expect(full / half).toBeLessThan(2.2)
      expect(full).toBeLessThan(4 * SIZE)
    })
  }

  it('still finds the link in front of a run of )', () => {
    const pieces = linkify('see https://example.com/x' + ')'.repeat(32_000))
    expect(pieces[1]).toEqual({
      type: 'link',
      text: 'https://example.com/x',
      href: 'https://example.com/x',
    })
    expect(pieces[2]).toEqual({ type: 'text', text: ')'.repeat(32_000) })
  })

  it('leaves a 60,000-character word as text', () => {
    const word = 'https://example.com/' + 'a'.repeat(60_000)
    expect(linkify(word)).toEqual([{ type: 'text', text: word }])
  })
})
