/**
 * Bench section for Markdown from strangers (issue 10): the time to render 32 KB of hostile
 * Markdown to HTML with react-dom/server, in Node — parse (micromark, in pieces), our mapping,
 * React. Several hostile shapes (a `)` run after a URL, nested brackets and bracket pairs, no
 * space at all, unclosed emphasis, quotes closed and reopened or many short ones, code spans
 * that never close, link openings);
 * the slowest is reported, with ordinary Markdown of the same size beside it. Each time is the
 * median of 5 runs after one warm-up run. In the app a long text first shows ~2,500 characters
 * ("Show more"), so this is the cost of the whole text once opened.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { Markdown } from '../../src/components/markdown/markdown.tsx'

export type MarkdownFigures = {
  markdownHostile32KBRenderMs: number
  markdownHostile32KBShape: string
  markdownOrdinary32KBRenderMs: number
}

const SIZE = 32 * 1024
const RUNS = 5

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)

const hostile: Record<string, string> = {
  'a ) run after a URL': `See https://example.com/${')'.repeat(SIZE - 24)}`,
  'nested brackets': '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2),
  'bracket pairs': fill('[a]'),
  'no space': `https://example.com/${'a'.repeat(SIZE - 20)}`,
  'unclosed emphasis': fill('_a*'),
  'quotes closed and reopened': fill('>\na\n'),
  'many quotes': fill('>a\n\n'),
  'code spans that never close': fill('\\``&a'),
  'link openings': fill('[]('),
}

const ordinary = fill(
  'I set up **Sparrow** with my *Ledger*, see [the docs](https://sparrowwallet.com/docs) and `bitcoin-cli`.\n\n- one\n- two\n\n> quoted\n\n',
)

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }))

const median = (text: string): number => {
  render(text)
  const times: number[] = []
  for (let n = 0; n < RUNS; n++) {
    const started = performance.now()
    render(text)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(RUNS / 2)] ?? NaN) * 10) / 10
}

export function markdownFigures(): MarkdownFigures {
  let worst = { shape: '', ms: -1 }
  for (const [shape, text] of Object.entries(hostile)) {
    const ms = median(text)
    if (ms > worst.ms) worst = { shape, ms }
  }
  return {
    markdownHostile32KBRenderMs: worst.ms,
    markdownHostile32KBShape: worst.shape,
    markdownOrdinary32KBRenderMs: median(ordinary),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(markdownFigures(), null, 2))
}
