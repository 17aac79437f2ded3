import { describe, expect, it } from 'vitest'
import { setTag, setTags } from './tags'

describe('setTags', () => {
  const tags = [
    ['d', 'x'],
    ['t', 'a'],
    ['custom', '1'],
    ['t', 'b'],
    ['alt', 'z'],
  ]
  it('replaces in place of the first occurrence and keeps the rest in order', () => {
    expect(setTags(tags, 't', [['t', 'c']])).toEqual([
      ['d', 'x'],
      ['t', 'c'],
      ['custom', '1'],
      ['alt', 'z'],
    ])
  })
  it('appends when absent and removes with an empty replacement', () => {
    expect(setTag(tags, 'budget', '5')).toEqual([...tags, ['budget', '5']])
    expect(setTags(tags, 't', [])).toEqual([
      ['d', 'x'],
      ['custom', '1'],
      ['alt', 'z'],
    ])
  })
  it('never mutates its input', () => {
    const before = JSON.stringify(tags)
    setTag(tags, 'd', 'y')
    expect(JSON.stringify(tags)).toBe(before)
  })
})
