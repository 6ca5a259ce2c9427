import type { Doc, SentenceSyntax, TokenSyntax } from '../../doc/types.js'
import type { Context } from '../../pipeline/context.js'
import type { Stage } from '../../pipeline/stage.js'
import { tokenTexts } from '../../doc/vocab.js'
import { defaultSyntaxModel } from './load-syntax.js'
import { sentencesToParse } from './sentences-to-parse.js'
import type { SyntaxModel } from './syntax-model.js'
import { tokenHeads, toUdWords } from './word-mapping.js'

/** The rule id every parse records. */
export const SYNTAX_SOURCE = 'syntax/arc-eager'

/** Longest sentence parsed, in tokens: past it a "sentence" is a table or a list run together, not a sentence. */
export const MAX_PARSED_TOKENS = 250

/**
 * Which sentences the syntax stage parses (stage option `syntax`): `true` for all of them (the output contract's
 * `syntax` field, `newsgraph analyze --syntax`), or the indexes of the sentences a later stage reads.
 */
export type SyntaxRequest = boolean | readonly number[]

/**
 * Tags and parses the requested sentences of `doc` over its own tokens: tokens become UD words (a hyphenated
 * compound splits, "cannot" splits), the words are parsed, and each token takes the tags, head and label of the
 * word that heads it. Sentences not requested, and over-long ones (reported), are left out.
 */
export function parseSyntax(
  doc: Doc,
  request: SyntaxRequest,
  ctx?: Pick<Context, 'report'>,
  model?: SyntaxModel,
): SentenceSyntax[] {
  const wanted = request === true ? undefined : new Set(request === false ? [] : request)
  if (wanted && wanted.size === 0) return []
  const { text, tokens } = doc
  const texts = tokenTexts(text, tokens)
  const parsed: SentenceSyntax[] = []
  let t = 0
  doc.sentences.forEach((sentence, index) => {
    while (t < tokens.length && tokens[t].start < sentence.start) t++
    const first = t
    let last = t
    while (last < tokens.length && tokens[last].end <= sentence.end) last++
    if (last === first || (wanted && !wanted.has(index))) return
    if (last - first > MAX_PARSED_TOKENS) {
      ctx?.report({
        ruleId: 'syntax/too-long',
        severity: 'info',
        reason: `sentence ${index} has ${last - first} tokens, over ${MAX_PARSED_TOKENS}: not parsed`,
        span: { start: sentence.start, end: sentence.end },
      })
      return
    }
    // Loaded on the first sentence to parse: an analysis that asks for no parse never reads the model.
    model ??= defaultSyntaxModel()
    parsed.push({
      sentence: index,
      tokens: parseTokens(texts, tokens, first, last, model),
      source: SYNTAX_SOURCE,
    })
  })
  return parsed
}

/** The parse of tokens `first … last − 1` (one sentence); `texts` are every token's text. */
function parseTokens(
  texts: readonly string[],
  tokens: readonly { start: number; end: number }[],
  first: number,
  last: number,
  model: SyntaxModel,
): TokenSyntax[] {
  const mapping = toUdWords(texts.slice(first, last))
  const analysis = model.analyze(mapping.words)
  const chosen = tokenHeads(mapping, analysis.heads, last - first)
  return tokens.slice(first, last).map((tk, i) => {
    const w = chosen[i]
    const headWord = analysis.heads[w]
    return {
      start: tk.start,
      end: tk.end,
      token: first + i,
      upos: model.uposTags[analysis.upos[w]],
      xpos: model.xposTags[analysis.xpos[w]],
      head: headWord < 0 ? -1 : mapping.tokenOf[headWord],
      deprel: model.deprels[analysis.labels[w]],
    }
  })
}

/**
 * The syntax stage: by default parses the sentences a later stage reads (a quotation mark, a quote cue, an event
 * trigger or a claim marker: `sentencesToParse`); the `syntax` stage option overrides that: `true` parses every
 * sentence, a list of indexes those, `false` none.
 */
export const parseSyntaxStage: Stage<'syntax'> = {
  layer: 'syntax',
  requires: ['tokens', 'quotations', 'sentences'],
  run(doc, ctx) {
    const request = (ctx.options.syntax as SyntaxRequest | undefined) ?? sentencesToParse(doc)
    return parseSyntax(doc, request, ctx)
  },
}
