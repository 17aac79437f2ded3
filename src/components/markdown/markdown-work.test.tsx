import { createElement } from 'react'
import type { FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { WorkCounter } from '@tests/support/count-work'
import type { parseMarkdown as ParseMarkdown } from './markdown-blocks'
import { startCountingWork } from '@tests/support/count-work'

/**
 * Markdown from strangers renders in linear time: the work (every JavaScript call, block and loop
 * turn, counted by V8 — not a clock) for twice the text is about twice the work, and hostile
 * text costs at most a few times what ordinary text of the same size costs.
 */

let count: WorkCounter
let Markdown: FunctionComponent<{ text: string }>
let parseMarkdown: typeof ParseMarkdown

beforeAll(async () => {
  count = await startCountingWork()
  Markdown = (await import('./markdown')).Markdown
  parseMarkdown = (await import('./markdown-blocks')).parseMarkdown
})

const KB = 1024
const fill = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }))
const workOf = (text: string) => count(() => void render(text))

const ordinary = (size: number) =>
  fill(
    'I set up **Sparrow** with my *Ledger*, see [the docs](https://sparrowwallet.com/docs) and `bitcoin-cli`.\n\n- one\n- two\n\n> quoted\n\n',
    size,
  )

/** Work per character on ordinary Markdown, the yardstick for hostile text. */
let ordinaryPerChar = 0
beforeAll(async () => {
  ordinaryPerChar = (await workOf(ordinary(64 * KB))) / (64 * KB)
}, 120_000)

const expectLinear = async (make: (size: number) => string, size: number) => {
  const half = await workOf(make(size / 2))
  const full = await workOf(make(size))
  expect(full / half).toBeLessThan(2.3)
  expect(full / size).toBeLessThan(8 * ordinaryPerChar)
}

describe('Markdown on 64 KB of hostile text does linear work', () => {
  it('a run of ) after a URL', async () => {
    await expectLinear((size) => `see https://example.com/${')'.repeat(size - 24)}`, 64 * KB)
  }, 120_000)

  it('deeply nested brackets', async () => {
    await expectLinear((size) => '['.repeat(size / 2) + ']'.repeat(size / 2), 64 * KB)
    await expectLinear((size) => fill('[a](', size / 2) + ')'.repeat(size / 2), 64 * KB)
  }, 120_000)

  it('60,000 characters without a space', async () => {
    await expectLinear((size) => `https://example.com/${'a'.repeat(size - 20)}`, 64 * KB)
    await expectLinear((size) => fill('a.', size), 64 * KB)
  }, 120_000)
})

describe('Markdown on shapes that make CommonMark parsers quadratic does linear work', () => {
  const shapes: Record<string, (size: number) => string> = {
    'emphasis that never closes (_a*)': (size) => fill('_a*', size),
    'emphasis openers and closers mixed (*a_ )': (size) => fill('*a_ ', size),
    // found by fuzzing: a bottom delimiter that later left the list made every search start over
    'emphasis whose search bottom gets paired (|__~- *_)': (size) => fill('|__~- *_', size),
    'nested emphasis': (size) => '*a '.repeat(size / 6) + ' a*'.repeat(size / 6),
    'strikethrough runs': (size) => fill('~~a ', size),
    'many block quotes': (size) => fill('>a\n\n', size),
    'quotes closed and reopened without blank lines': (size) => fill('>\na\n', size),
    'a line of > markers': (size) => '>'.repeat(size),
    'a line of list markers': (size) => fill('- ', size),
    'setext-like underlines': (size) => fill('=\n', size),
    'code spans that never close': (size) => fill('\\``&a', size),
    'backtick runs of growing length': (size) => {
      let text = ''
      for (let length = 1; text.length < size; length += 1) text += `${'`'.repeat(length)}a`
      return text.slice(0, size)
    },
    'link openings': (size) => fill('[](', size),
    'image openings': (size) => fill('![a](b ', size),
    'unclosed link titles': (size) => fill('[a](b "', size),
  }
  for (const [name, make] of Object.entries(shapes)) {
    it(
      name,
      async () => {
        await expectLinear(make, 32 * KB)
      },
      120_000,
    )
  }
})

describe('bare links in Markdown', () => {
  it('are found looking at each character a few times, ) runs included', () => {
    const meter = { steps: 0 }
    const size = 64 * KB
    parseMarkdown(`see https://example.com/${')'.repeat(size)} and ${'(['.repeat(size / 2)}`, meter)
    expect(meter.steps).toBeLessThan(4 * 2 * size)
  })
})
