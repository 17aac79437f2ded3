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

  it('shows emphasis nested thousands deep, beyond 16 levels as its words', () => {
    const out = html('*a '.repeat(5000) + 'x' + ' a*'.repeat(5000))
    expect(out).toContain('x')
    expect(out.match(/<em>/g)?.length).toBeLessThanOrEqual(17)
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

  it('shows setext underlines and indented text as they read, not as headings or code', () => {
    expect(inner('Title\n---\n\n    four spaces in')).toBe('<p>Title</p><hr/><p>four spaces in</p>')
  })

  it('shows quotes and lists nested deeper than 8 as their text', () => {
    const out = inner('> '.repeat(12) + 'deep')
    expect(out.match(/<blockquote>/g)?.length).toBe(8)
    expect(out).toContain('deep')
  })
})

describe('Markdown: long text is parsed in pieces and joined back', () => {
  it('keeps a long tight list one list', () => {
    const items = Array.from({ length: 400 }, (_, n) => `- item **${n}**`)
    const out = inner(items.join('\n'))
    expect(out.match(/<ul>/g)?.length).toBe(1)
    expect(out.match(/<li>/g)?.length).toBe(400)
    expect(out).toContain('<li>item <strong>399</strong></li>')
  })

  it('keeps a long fenced code block one block, verbatim', () => {
    const code = Array.from({ length: 500 }, (_, n) => `line ${n}: *not* [markdown](x)`).join('\n')
    const out = inner(`\`\`\`\n${code}\n\`\`\`\nafter`)
    expect(out).toBe(`<pre dir="ltr"><code>${code}</code></pre><p>after</p>`)
  })

  it('keeps a long paragraph one paragraph, line breaks included', () => {
    const lines = Array.from({ length: 300 }, (_, n) => `words on line ${n}`)
    expect(inner(lines.join('\n'))).toBe(`<p>${lines.join('<br/>')}</p>`)
  })

  it('keeps a long one-line paragraph one paragraph, in a quote too, words whole', () => {
    const words = Array.from({ length: 1500 }, (_, n) => `word${n}`).join(' ')
    expect(inner(words)).toBe(`<p>${words}</p>`)
    expect(inner(`> ${words}`)).toBe(`<blockquote><p>${words}</p></blockquote>`)
    const marks = Array.from({ length: 800 }, (_, n) => `#${n} -1. >x`).join(' ')
    expect(inner(marks)).toBe(`<p>${marks.replace(/>/g, '&gt;')}</p>`)
  })

  it('shows backticks as typed when code spans would cost too much', () => {
    const text = '\\``&a'.repeat(2000)
    expect(html(text)).not.toContain('<code')
  })
})
