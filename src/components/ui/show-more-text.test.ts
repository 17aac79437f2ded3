import { describe, expect, it } from 'vitest'
import { collapsedText } from './show-more-text'

describe('collapsedText', () => {
  it('shows a text whole when little would be hidden', () => {
    expect(collapsedText('a'.repeat(1_400), 1_000)).toBeUndefined()
  })

  it('cuts at the last paragraph break before the limit', () => {
    const text = `${'a'.repeat(700)}\n\n${'b'.repeat(200)} ${'c'.repeat(2_000)}`
    expect(collapsedText(text, 1_000)).toBe('a'.repeat(700))
  })

  it('else at a line break, else at a space', () => {
    expect(collapsedText(`${'a'.repeat(800)}\nb ${'c'.repeat(2_000)}`, 1_000)).toBe('a'.repeat(800))
    expect(collapsedText(`${'a'.repeat(900)} ${'c'.repeat(2_000)}`, 1_000)).toBe('a'.repeat(900))
  })

  it('cuts a text without spaces at the limit, never inside an emoji', () => {
    expect(collapsedText('x'.repeat(60_000), 1_000)).toBe('x'.repeat(1_000))
    expect(collapsedText(`${'x'.repeat(999)}${'🙂'.repeat(1_000)}`, 1_000)).toBe('x'.repeat(999))
  })
})
