import { spellingsOf, tokenTexts, type Spelling } from '../../doc/vocab.js'
import type { Doc, Mention } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { defaultNerTagger } from './load-ner.js'
import { GAZ } from './gazetteer.js'
import type { NerTagger } from './ner-tagger.js'
import { refineType } from './refine-types.js'

/** Longest sentence (in tokens) the tagger sees; longer runs (no punctuation at all) are tagged in pieces. */
const MAX_SENTENCE_TOKENS = 400

/**
 * Finds and types the names in a document: the tokens of each sentence go through the two-pass tagger, and each
 * tagged span becomes a mention with a contract type (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, MISC).
 */
export function tagMentions(
  doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs'>,
  tagger: NerTagger = defaultNerTagger(),
): Mention[] {
  const { text, tokens } = doc
  const texts = tokenTexts(text, tokens)
  const spellings = spellingsOf(text, tokens)
  // A piece's spellings when its words are its tokens as written: a title-cased headline is shown in capitals.
  const pieces: { first: number; words: string[]; spellings?: Spelling[] }[] = []
  let t = 0
  for (const sentence of doc.sentences) {
    while (t < tokens.length && tokens[t].start < sentence.start) t++
    const headline = doc.paragraphs[sentence.paragraph]?.kind
    const shout =
      (headline === 'title' || headline === 'heading') && isTitleCase(text.slice(sentence.start, sentence.end))
    let words: string[] = []
    let first = t
    for (; t < tokens.length && tokens[t].end <= sentence.end; t++) {
      if (words.length === MAX_SENTENCE_TOKENS) {
        pieces.push({ first, words, spellings: shout ? undefined : spellings.slice(first, t) })
        words = []
        first = t
      }
      words.push(shout ? texts[t].toUpperCase() : texts[t])
    }
    if (words.length) pieces.push({ first, words, spellings: shout ? undefined : spellings.slice(first, t) })
  }
  const spans = tagger.tagDocument(
    pieces.map((p) => p.words),
    pieces.map((p) => p.spellings),
  )
  const mentions: Mention[] = []
  pieces.forEach((piece, p) => {
    for (const span of spans[p]) {
      let first = piece.first + span.start
      const last = piece.first + span.end - 1
      // "Councilman Robert Haynes": a title the tagger swept into a person's name stays outside it.
      while (
        span.type === 'PER' &&
        first < last &&
        tagger.gazetteer.lookupWord(text.slice(tokens[first].start, tokens[first].end)) & GAZ.title
      )
        first++
      const start = tokens[first].start
      const end = tokens[last].end
      mentions.push({
        start,
        end,
        label: refineType(span.type, text.slice(start, end), tagger.gazetteer),
        source: 'mentions/ner',
      })
    }
  })
  return mentions
}

/**
 * True for a Title Cased Headline. The tagger learned headlines from CoNLL, where they are in capitals, so a
 * title-cased one is shown to it in capitals: case there says nothing about names.
 */
function isTitleCase(sentence: string): boolean {
  const words = sentence.split(' ').filter((w) => /^\p{L}/u.test(w) && w.length > 3)
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75
}

/** The mentions stage. */
export const tagMentionsStage: Stage<'mentions'> = {
  layer: 'mentions',
  requires: ['tokens', 'sentences', 'paragraphs'],
  run: (doc) => tagMentions(doc),
}
