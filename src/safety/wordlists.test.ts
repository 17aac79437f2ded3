import { describe, expect, it } from 'vitest'
import { loadedWordlists, requestWordlists, whenWordlistsReady } from './wordlists'

describe('wordlists', () => {
  it('has only English until a text could hold a phrase, then fetches the others', async () => {
    expect(requestWordlists('Thanks, that worked!')).toBe(false)
    expect(loadedWordlists().map((list) => list.name)).toEqual(['English'])
    expect(requestWordlists('one two three four five six seven eight nine ten eleven twelve')).toBe(
      true,
    )
    await whenWordlistsReady()
    expect(loadedWordlists().map((list) => list.name)).toEqual([
      'English',
      'Spanish',
      'French',
      'Italian',
      'Portuguese',
      'Czech',
      'Japanese',
      'Korean',
      'Chinese (simplified)',
    ])
    expect(requestWordlists('ウォレット')).toBe(false)
  })

  it('keeps every list unique in its folded words and, where used, in four letters', () => {
    for (const list of loadedWordlists()) {
      expect(list.index.size, list.name).toBe(2048)
      if (list.short)
        expect(
          list.short.size + [...list.index.keys()].filter((w) => w.length <= 4).length,
          list.name,
        ).toBe(2048)
    }
  })
})
