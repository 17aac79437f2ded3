import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown } from './markdown'

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />)
/** The markup without the Tailwind classes, so assertions read like the HTML a person gets. */
const bare = (text: string) => html(text).replace(/ class="[^"]*"/g, '')
const inner = (text: string) => bare(text).replace(/^<div dir="auto">|<\/div>$/g, '')

const NEW_TAB = 'target="_blank" rel="noopener noreferrer nofollow"'

describe('Markdown: hostile input stays inert text', () => {
  it('shows a <script> tag as text', () => {
    const out = html('Hi <script>alert(1)</script> there')
    expect(out).not.toContain('<script')
    expect(inner('Hi <script>alert(1)</script> there')).toBe(
      '<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; there</p>',
    )
  })

  it('shows an <img onerror> as text and never makes an element of it', () => {
    const out = html('<img src=x onerror="alert(1)">')
    expect(out).not.toMatch(/<img/i)
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
  })

  it('leaves javascript:, data: and vbscript: links as the text that was typed', () => {
    expect(inner('[click me](javascript:alert(1))')).toBe('<p>[click me](javascript:alert(1))</p>')
    expect(inner('[x](data:text/html,hi)')).toBe('<p>[x](data:text/html,hi)</p>')
    expect(inner('<javascript:alert(1)>')).toBe('<p>&lt;javascript:alert(1)&gt;</p>')
    expect(html('[a](JaVaScRiPt:alert(1)) [b](vbscript:msgbox)')).not.toContain('href')
  })

  it('does not load images: a picture becomes a link to its address', () => {
    expect(inner('![my wallet](https://example.com/w.png)')).toBe(
      `<p><a href="https://example.com/w.png" title="https://example.com/w.png" ${NEW_TAB}>Image: my wallet</a></p>`,
    )
    expect(html('![x](javascript:alert(1))')).not.toContain('href')
  })

  it('keeps raw HTML inside a code block verbatim, as text', () => {
    expect(inner('```html\n<b onclick="x()">bold</b>\n```')).toBe(
      '<pre dir="ltr"><code>&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;</code></pre>',
    )
  })
})

describe('Markdown: links', () => {
  it('opens http(s) links in a new tab without referrer, with the address as a title', () => {
    expect(inner('See [the docs](https://docs.example.org/a_b "Docs").')).toBe(
      `<p>See <a href="https://docs.example.org/a_b" title="https://docs.example.org/a_b" ${NEW_TAB}>the docs</a>.</p>`,
    )
  })

  it('links bare and <angle> URLs and nostr: addresses, leaving sentence punctuation out', () => {
    const npub = 'npub1sg6plzptd64u62a878hep2kev88swjh3tw00gjsfl8f237lmu63q0uf63m'
    const out = inner(
      `Try https://mempool.space/tx/ab12. Or <https://bitcoin.org> or nostr:${npub}!`,
    )
    expect(out).toBe(
      `<p>Try <a href="https://mempool.space/tx/ab12" title="https://mempool.space/tx/ab12" ${NEW_TAB}>https://mempool.space/tx/ab12</a>.` +
        ` Or <a href="https://bitcoin.org/" title="https://bitcoin.org/" ${NEW_TAB}>https://bitcoin.org</a>` +
        ` or <a href="nostr:${npub}" title="nostr:${npub}" ${NEW_TAB}>nostr:${npub}</a>!</p>`,
    )
  })

  it('keeps a URL in parentheses apart from the closing parenthesis', () => {
    expect(inner('(see https://example.com/a_(b))')).toContain('href="https://example.com/a_(b)"')
    expect(inner('(see https://example.com/x)')).toContain('href="https://example.com/x"')
  })
})

describe('Markdown: emphasis', () => {
  it('nests strong and emphasis', () => {
    expect(inner('**bold *and italic* text**')).toBe(
      '<p><strong>bold <em>and italic</em> text</strong></p>',
    )
    expect(inner('*italic **and bold** text*')).toBe(
      '<p><em>italic <strong>and bold</strong> text</em></p>',
    )
    expect(inner('***both***')).toBe('<p><em><strong>both</strong></em></p>')
    expect(inner('_under_ and __double__ and ~~gone~~')).toBe(
      '<p><em>under</em> and <strong>double</strong> and <del>gone</del></p>',
    )
  })

  it('leaves intraword underscores, lone stars and single tildes alone', () => {
    expect(inner('my_wallet_file and 2 * 3 * 4 and ~100 sats')).toBe(
      '<p>my_wallet_file and 2 * 3 * 4 and ~100 sats</p>',
    )
    expect(inner('**unclosed')).toBe('<p>**unclosed</p>')
  })

  it('treats code spans and escapes as literal', () => {
    expect(inner('Run `bitcoin-cli **getblockchaininfo**` now \\*really\\*')).toBe(
      '<p>Run <code>bitcoin-cli **getblockchaininfo**</code> now *really*</p>',
    )
  })

  it('survives deeply nested and huge hostile input quickly', () => {
    const deep = '*a '.repeat(5000) + 'x' + ' a*'.repeat(5000)
    const started = Date.now()
    const out = html(deep)
    html('['.repeat(20000) + '`'.repeat(3) + '_a'.repeat(20000) + ' '.repeat(20000) + 'x')
    expect(Date.now() - started).toBeLessThan(3000)
    expect(out).toContain('x')
  })
})

describe('Markdown: blocks', () => {
  it('keeps fenced code verbatim, indentation and Markdown characters included', () => {
    const code = 'def f():\n    return "*not emphasis*"  \n\n# not a heading'
    expect(inner('Before\n\n~~~python\n' + code + '\n~~~\nAfter')).toBe(
      `<p>Before</p><pre dir="ltr"><code>${code.replace(/"/g, '&quot;')}</code></pre><p>After</p>`,
    )
  })

  it('renders headings one level below the page, paragraphs with line breaks, rules', () => {
    expect(inner('# Title #\n\nline one\nline two\n\n---\n### Small')).toBe(
      '<h3>Title</h3><p>line one<br/>line two</p><hr/><h5>Small</h5>',
    )
  })

  it('renders bullet and ordered lists, nested lists and block quotes', () => {
    expect(inner('- one\n- two\n  1. inner\n  2. more\n\n3. three\n4. four')).toBe(
      '<ul><li>one</li><li><p>two</p><ol><li>inner</li><li>more</li></ol></li></ul>' +
        '<ol start="3"><li>three</li><li>four</li></ol>',
    )
    expect(inner('> quoted **text**\n> more\n\nafter')).toBe(
      '<blockquote><p>quoted <strong>text</strong><br/>more</p></blockquote><p>after</p>',
    )
  })

  it('lays text out by its own direction and lets long words wrap', () => {
    const out = html('שלום עולם')
    expect(out).toMatch(/^<div dir="auto" class="[^"]*\[overflow-wrap:anywhere\]/)
  })
})
