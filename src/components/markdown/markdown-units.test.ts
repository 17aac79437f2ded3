import { describe, expect, it } from 'vitest'
import { cutLongLine, LINE_PART } from './markdown-long-lines'
import { HARD_LIMIT, MAX_CONTAINER_LINES, codeSpanCost, splitMarkdown } from './markdown-units'

const KB = 1024
const fill = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

describe('splitMarkdown', () => {
  it('keeps ordinary text in one piece', () => {
    const text = '# Title\n\nSome *words*.\n\n- a\n- b\n\n> quote'
    expect(splitMarkdown(text)).toEqual([{ text, join: 'none', codeSpans: true }])
  })

  it('bounds every piece micromark parses, whatever the text', () => {
    const hostile = [
      `see https://example.com/${')'.repeat(64 * KB)}`,
      '['.repeat(32 * KB) + ']'.repeat(32 * KB),
      'x'.repeat(60_000),
      fill('>a\n\n', 64 * KB),
      fill('>\na\n', 64 * KB),
      fill('- a\n', 64 * KB),
      fill('\\``&a', 64 * KB),
      '>'.repeat(64 * KB),
      fill('a\n', 64 * KB),
    ]
    for (const text of hostile) {
      const pieces = splitMarkdown(text)
      // the pieces are the text (a long line's later parts may gain one escaping backslash)
      const total = pieces.reduce((sum, piece) => sum + piece.text.length + 1, 0)
      expect(total).toBeGreaterThanOrEqual(text.length)
      for (const piece of pieces) {
        expect(piece.text.length).toBeLessThanOrEqual(HARD_LIMIT + LINE_PART)
        const containerLines = piece.text.split('\n').filter((line) => /^[ \t]*[>-]/.test(line))
        expect(containerLines.length).toBeLessThanOrEqual(MAX_CONTAINER_LINES)
      }
    }
  })

  it('carries a long fenced code block on under its own fence line, its lines whole', () => {
    const line = 'y'.repeat(5_000)
    const code = Array.from({ length: 10 }, () => line).join('\n')
    const pieces = splitMarkdown(`\`\`\`sh\n${code}\n\`\`\``)
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces.slice(1)) {
      expect(piece.text.startsWith('```sh\n')).toBe(true)
      expect(piece.join).toBe('block')
    }
    expect(
      pieces.every((piece) => piece.text.split('\n').every((l) => l === line || l.length < 10)),
    ).toBe(true)
  })

  it('escapes the 13th container marker on a line', () => {
    const [piece] = splitMarkdown(`${'> '.repeat(14)}deep`)
    expect(piece?.text).toBe(`${'> '.repeat(12)}\\> > deep`)
  })
})

describe('cutLongLine', () => {
  it('cuts after a space, and the parts cannot start a block', () => {
    const words = Array.from({ length: 400 }, (_, n) => `word${n} # - 1. [x]`).join(' ')
    const { first, rest } = cutLongLine(words)
    expect(first.length).toBeLessThanOrEqual(LINE_PART)
    expect(first.endsWith(' ')).toBe(true)
    for (const part of rest) expect(part.text).not.toMatch(/^([#>[-]|\d+[.)])/)
  })

  it('cuts a line without spaces every LINE_PART characters, never inside an emoji', () => {
    const { first, rest } = cutLongLine(`${'x'.repeat(LINE_PART - 1)}${'🙂'.repeat(2_000)}`)
    expect(first).toBe('x'.repeat(LINE_PART - 1))
    expect(rest.every((part) => !part.space)).toBe(true)
  })
})

describe('codeSpanCost', () => {
  it('is the length of matched spans, or the rest of the text for an opener that never closes', () => {
    expect(codeSpanCost('a `b` c')).toBe(2)
    expect(codeSpanCost('a `b c')).toBe(4)
    // an escaped backtick leaves a one-backtick opener that meets only two-backtick runs
    expect(codeSpanCost('\\``x\\``x')).toBe(6 + 2)
  })
})
