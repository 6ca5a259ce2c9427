import * as events from '../events/lexicon.js'
import { NEIGHBOUR_SENSED } from '../events/senses/read-sense.js'
import * as quotes from '../quotes/lexicon.js'

// Read by name, not typed: an export renamed by the stages' owners gives no words (a test says so), not a
// failed build of this stage.
const quoteLexicon = quotes as unknown as Record<string, unknown>
const eventLexicon = events as unknown as Record<string, unknown>

/**
 * The claim finder's markers, which src/stages/claims/find-claims.ts does not export: our copy of its marker
 * adverbs ("falsely"), the telling words of its marker phrases ("without evidence", "contrary to", "though"),
 * its verdicts ("debunked") and judging verbs ("dismissed as").
 */
const CLAIM_MARKERS = [
  ...'falsely wrongly erroneously incorrectly mistakenly untruthfully baselessly groundlessly dubiously misleadingly'.split(
    ' ',
  ),
  ...'evidence contrary contradiction though although'.split(' '),
  ...'false untrue baseless unfounded unsubstantiated debunked disproven discredited disputed contested misleading fraudulent illegitimate sham illegal'.split(
    ' ',
  ),
  ...'condemned denounced dismissed rejected criticized criticised described seen regarded branded labeled labelled deemed'.split(
    ' ',
  ),
]

/**
 * Bare month and day names, whose direction (past or coming) the time stage reads from the governing verb's tense
 * in the parse ("agreed to sell its paper line in February" → the coming February; times/governing-verb).
 */
const UNDIRECTED_DATE_WORDS =
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  )

/**
 * The words of a lexicon export: a map's keys, a set's or an array's members; their first word when they are
 * phrases ("went on" → "went"). Anything else gives none: the quote and event lexicons are being edited by
 * others, and a renamed or reshaped export must cost parses of some sentences, never a crash at start-up.
 */
export function lexiconWords(exported: unknown): string[] {
  const items =
    exported instanceof Map
      ? [...exported.keys()]
      : exported instanceof Set || Array.isArray(exported)
        ? [...exported]
        : []
  return items.filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase().split(' ')[0])
}

/**
 * Words that make a later stage read a sentence's parse: quote cues (reporting verbs, "…, adding that"), event
 * triggers (with the verbs whose sense their object gives: "fired missiles"), the claim finder's markers, and the
 * month and day names the time stage dates by the verb's tense.
 */
export const PARSE_CUE_WORDS: ReadonlySet<string> = new Set([
  ...lexiconWords(quoteLexicon.CUE_VERBS),
  ...lexiconWords(quoteLexicon.PARTICIPLE_CUES),
  ...lexiconWords(quoteLexicon.DIRECT_ONLY_CUES),
  ...lexiconWords(eventLexicon.TRIGGERS),
  ...lexiconWords(eventLexicon.OBJECT_SENSES),
  ...lexiconWords(eventLexicon.EXERCISE_WORDS),
  // The words the event coder reads with their neighbours ("fighting", "defended", "siege").
  ...NEIGHBOUR_SENSED,
  ...CLAIM_MARKERS,
  ...UNDIRECTED_DATE_WORDS,
])
