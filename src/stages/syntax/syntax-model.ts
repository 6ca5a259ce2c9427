import type { DependencyParser, SentenceParse } from './dependency-parser.js'
import { describeParserWords, type ParserWords } from './parser-features.js'
import type { PosTagger, SentenceTags } from './pos-tagger.js'

/** The analysis of one sentence's words: tag and label ids (see the model's tag sets) and heads (−1: root). */
export interface WordAnalysis {
  upos: Int32Array
  xpos: Int32Array
  heads: Int32Array
  labels: Int32Array
}

/**
 * The tagger and the parser together: tags a sentence's words, then parses them on those tags. Scratch buffers
 * are reused, so one instance serves one thread; the returned arrays are fresh per sentence.
 */
export class SyntaxModel {
  private tags?: SentenceTags
  private words?: ParserWords
  private parse?: SentenceParse

  constructor(
    readonly tagger: PosTagger,
    readonly parser: DependencyParser,
  ) {}

  get uposTags(): readonly string[] {
    return this.tagger.uposTags
  }
  get xposTags(): readonly string[] {
    return this.tagger.xposTags
  }
  get deprels(): readonly string[] {
    return this.parser.deprels
  }

  /** Tags and parses one sentence of words (UD tokenisation: "do" "n't", "well" "-" "known"). */
  analyze(words: readonly string[]): WordAnalysis {
    const n = words.length
    if (n === 0)
      return { upos: new Int32Array(0), xpos: new Int32Array(0), heads: new Int32Array(0), labels: new Int32Array(0) }
    const tags = this.tagger.tag(words, this.tags)
    this.tags = tags
    this.words = describeParserWords(this.tagger.lastWords, tags.xpos, tags.upos, this.words)
    const parse = this.parser.parse(this.words, this.parse)
    this.parse = parse
    return {
      upos: tags.upos.slice(0, n),
      xpos: tags.xpos.slice(0, n),
      heads: parse.heads.slice(0, n),
      labels: parse.labels.slice(0, n),
    }
  }
}
