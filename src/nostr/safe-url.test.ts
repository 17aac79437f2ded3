import { describe, expect, it } from 'vitest'
import { normalizeRelayUrl, safeImageUrl, safeLinkUrl } from './safe-url'

describe('safeLinkUrl', () => {
  it.each([
    ['https://bitcoin.org/en/', 'https://bitcoin.org/en/'],
    ['  http://Example.COM/a?b=c ', 'http://example.com/a?b=c'],
    [
      'nostr:npub1sg6plzptd64u62a878hep2kev88swjh3tw00gjsfl8f237lmu63q0uf63m',
      'nostr:npub1sg6plzptd64u62a878hep2kev88swjh3tw00gjsfl8f237lmu63q0uf63m',
    ],
  ])('keeps %s', (input, expected) => {
    expect(safeLinkUrl(input)).toBe(expected)
  })
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.com',
    'nostr:javascript:alert(1)',
    'https://bank.example@evil.example/',
    '/relative/path',
    '',
    'not a url',
  ])('refuses %s', (input) => {
    expect(safeLinkUrl(input)).toBeUndefined()
  })
  it('never throws on non-strings', () => {
    for (const value of [undefined, null, 42, {}, []]) expect(safeLinkUrl(value)).toBeUndefined()
  })
})

describe('safeImageUrl', () => {
  it('keeps http(s) only', () => {
    expect(safeImageUrl('https://i.example/a.png')).toBe('https://i.example/a.png')
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeUndefined()
    expect(
      safeImageUrl('nostr:npub1sg6plzptd64u62a878hep2kev88swjh3tw00gjsfl8f237lmu63q0uf63m'),
    ).toBeUndefined()
    expect(safeImageUrl('javascript:alert(1)')).toBeUndefined()
  })
})

describe('normalizeRelayUrl', () => {
  it.each([
    ['wss://Relay.Damus.io/', 'wss://relay.damus.io'],
    ['wss://relay.damus.io', 'wss://relay.damus.io'],
    ['  wss://nos.lol  ', 'wss://nos.lol'],
    ['wss://relay.example:443/', 'wss://relay.example'],
    ['ws://localhost:7777', 'ws://localhost:7777'],
    ['wss://relay.example/path/', 'wss://relay.example/path/'],
    ['wss://relay.example/#frag', 'wss://relay.example'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeRelayUrl(input)).toBe(expected)
  })
  it.each([
    'https://relay.example',
    'relay.example',
    '1752100000',
    '',
    'wss://',
    'javascript:alert(1)',
  ])('refuses %s', (input) => {
    expect(normalizeRelayUrl(input)).toBeUndefined()
  })
})
