import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Link, isActivePath, toHref } from './router'

describe('isActivePath (react-router’s NavLink rule)', () => {
  it('marks the feed only on the feed itself', () => {
    expect(isActivePath('/', '/')).toBe(true)
    expect(isActivePath('/relays', '/')).toBe(false)
  })

  it('marks a section on its own pages and the pages below it', () => {
    expect(isActivePath('/my/tickets', '/my/tickets')).toBe(true)
    expect(isActivePath('/my/tickets/', '/my/tickets')).toBe(true)
    expect(isActivePath('/my/tickets/abc', '/my/tickets')).toBe(true)
    expect(isActivePath('/my/ticketsx', '/my/tickets')).toBe(false)
    expect(isActivePath('/My/Tickets', '/my/tickets')).toBe(true)
  })

  it('with `end`, only on exactly that path', () => {
    expect(isActivePath('/my/tickets/abc', '/my/tickets', true)).toBe(false)
  })
})

describe('toHref', () => {
  it('builds a path from its parts', () => {
    expect(toHref('/ticket/naddr1x?tab=offers')).toBe('/ticket/naddr1x?tab=offers')
    expect(toHref({ pathname: '/messages', search: 'ticket=naddr1x', hash: 'end' })).toBe(
      '/messages?ticket=naddr1x#end',
    )
    expect(toHref({ pathname: '/messages', search: '?a=1' })).toBe('/messages?a=1')
  })
})

describe('Link', () => {
  it('is a real link with an href, so it opens in a new tab and works without script', () => {
    expect(
      renderToStaticMarkup(
        <Link to={{ pathname: '/p/npub1x', search: 'tab=reviews' }} className="x">
          Dave
        </Link>,
      ),
    ).toBe('<a class="x" href="/p/npub1x?tab=reviews">Dave</a>')
  })
})
