import type { Literal, Root } from 'mdast'
import type { Extension as MdastExtension } from 'mdast-util-from-markdown'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Code, Construct, Extension, State, TokenizeContext } from 'micromark-util-types'

/**
 * micromark (CommonMark) as this app reads Markdown from strangers. Switched off: raw HTML (it
 * stays text), setext headings and indented code (never written on purpose here, and setext
 * underlines cost quadratic time), and micromark's emphasis, whose resolver walks back over the
 * whole paragraph for every closing `*` or `_` (measured: quadratic). Instead each run of `*`,
 * `_` or `~` becomes an `emphasisDelimiter` node, paired in linear time by `resolveEmphasis`
 * (CommonMark's algorithm with openers_bottom); `~~text~~` is strikethrough.
 */

/** A run of `*`, `_` or `~` that may open and/or close emphasis (CommonMark flanking rules). */
export interface EmphasisDelimiter extends Literal {
  type: 'emphasisDelimiter'
  char: '*' | '_' | '~'
  canOpen: boolean
  canClose: boolean
}

declare module 'mdast' {
  interface PhrasingContentMap {
    emphasisDelimiter: EmphasisDelimiter
  }
  interface RootContentMap {
    emphasisDelimiter: EmphasisDelimiter
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    emphasisDelimiter: 'emphasisDelimiter'
  }
  interface Token {
    _canOpen?: boolean
    _canClose?: boolean
  }
}

const STAR = 42
const UNDERSCORE = 95
const TILDE = 126

/** 1 for whitespace (and the text's edges), 2 for punctuation, 0 for anything else. */
const classify = (code: Code): 0 | 1 | 2 => {
  if (code === null || code < 0 || code === 32) return 1
  const char = String.fromCodePoint(code)
  if (/\s/u.test(char)) return 1
  return /[\p{P}\p{S}]/u.test(char) ? 2 : 0
}

function tokenizeDelimiter(
  this: TokenizeContext,
  effects: Parameters<Construct['tokenize']>[0],
  ok: State,
): State {
  const before = classify(this.previous)
  let marker: Code = null
  let length = 0
  const inside: State = (code) => {
    if (code === marker) {
      effects.consume(code)
      length += 1
      return inside
    }
    const token = effects.exit('emphasisDelimiter')
    const after = classify(code)
    const left = after !== 1 && (after !== 2 || before !== 0)
    const right = before !== 1 && (before !== 2 || after !== 0)
    if (marker === UNDERSCORE) {
      token._canOpen = left && (!right || before === 2)
      token._canClose = right && (!left || after === 2)
    } else {
      // a single or a triple tilde is plain text (strikethrough is exactly `~~`)
      const usable = marker === STAR || length === 2
      token._canOpen = usable && left
      token._canClose = usable && right
    }
    return ok(code)
  }
  return (code) => {
    marker = code
    effects.enter('emphasisDelimiter')
    return inside(code)
  }
}

const delimiter: Construct = { name: 'emphasisDelimiter', tokenize: tokenizeDelimiter }

const switchedOff = ['attention', 'htmlFlow', 'htmlText', 'setextUnderline', 'codeIndented']

const syntax: Extension = {
  text: { [STAR]: delimiter, [UNDERSCORE]: delimiter, [TILDE]: delimiter },
  disable: { null: switchedOff },
}
/** For a text whose backticks would make code spans cost too much (see markdown-units.ts). */
const syntaxWithoutCodeSpans: Extension = {
  ...syntax,
  disable: { null: [...switchedOff, 'codeText'] },
}

const toTree: MdastExtension = {
  enter: {
    emphasisDelimiter(token) {
      const value = this.sliceSerialize(token)
      const node: EmphasisDelimiter = {
        type: 'emphasisDelimiter',
        value,
        char: value[0] as EmphasisDelimiter['char'],
        canOpen: token._canOpen ?? false,
        canClose: token._canClose ?? false,
      }
      this.enter(node, token)
    },
  },
  exit: {
    emphasisDelimiter(token) {
      this.exit(token)
    },
  },
}

/** Parses one piece of Markdown (see markdown-units.ts) into an mdast tree. */
export const parseMarkdownTree = (text: string, codeSpans = true): Root =>
  fromMarkdown(text, {
    extensions: [codeSpans ? syntax : syntaxWithoutCodeSpans],
    mdastExtensions: [toTree],
  })
