import { firstEndingAfter, firstStartingAtOrAfter, indexAt, trimEnds } from '../../doc/span.js'
import { lowerTokens } from '../../doc/vocab.js'
import type { Claim, ClaimStatus, Doc, Quote, Span } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'

/** The article as the claim finder reads it. */
export type ClaimInput = Pick<Doc, 'text' | 'tokens' | 'sentences' | 'quotes'>

/** Adverbs on a reporting verb that say the report is wrong: "falsely accused", "claimed without evidence". */
const ADVERB_MARKERS: ReadonlyMap<string, ClaimStatus> = new Map([
  ['falsely', 'false'],
  ['wrongly', 'false'],
  ['erroneously', 'false'],
  ['incorrectly', 'false'],
  ['mistakenly', 'false'],
  ['untruthfully', 'false'],
  ['baselessly', 'unsupported'],
  ['groundlessly', 'unsupported'],
  ['dubiously', 'disputed'],
  ['misleadingly', 'false'],
])

/**
 * Phrases that dispute a neighbouring statement, lower case, with a trailing `…` where any words may follow up to
 * the next comma. Written by the team.
 */
const PHRASE_MARKERS: readonly (readonly [string, ClaimStatus])[] = [
  ['without evidence', 'unsupported'],
  ['without providing evidence', 'unsupported'],
  ['without offering evidence', 'unsupported'],
  ['without providing any evidence', 'unsupported'],
  ['without citing evidence', 'unsupported'],
  ['offering no evidence', 'unsupported'],
  ['providing no evidence', 'unsupported'],
  ['with no evidence', 'unsupported'],
  ['contrary to …', 'disputed'],
  ['despite evidence to the contrary', 'disputed'],
  ['in contradiction of …', 'disputed'],
  ['though …', 'disputed'],
  ['although …', 'disputed'],
  ['even though …', 'disputed'],
]

/** The phrases split into words, by first word. */
const PHRASES_BY_FIRST = new Map<string, { fixed: string[]; open: boolean; status: ClaimStatus }[]>()
for (const [phrase, status] of PHRASE_MARKERS) {
  const words = phrase.split(' ')
  const open = words[words.length - 1] === '…'
  const entry = { fixed: open ? words.slice(0, -1) : words, open, status }
  PHRASES_BY_FIRST.set(entry.fixed[0], [...(PHRASES_BY_FIRST.get(entry.fixed[0]) ?? []), entry])
}

/** A claim noun followed by a verdict: "a claim that has been debunked", "the allegation is false". */
const VERDICTS: ReadonlyMap<string, ClaimStatus> = new Map([
  ['false', 'false'],
  ['untrue', 'false'],
  ['baseless', 'unsupported'],
  ['unfounded', 'unsupported'],
  ['unsubstantiated', 'unsupported'],
  ['debunked', 'false'],
  ['disproven', 'false'],
  ['discredited', 'false'],
  ['disputed', 'disputed'],
  ['contested', 'disputed'],
  ['misleading', 'false'],
  ['fraudulent', 'disputed'],
  ['illegitimate', 'disputed'],
  ['sham', 'disputed'],
  ['illegal', 'disputed'],
])

/** Verbs by which others judge a thing: "widely condemned as fraudulent", "dismissed as a sham". */
const JUDGING_VERBS = new Set([
  'condemned',
  'denounced',
  'dismissed',
  'rejected',
  'criticized',
  'criticised',
  'described',
  'seen',
  'regarded',
  'debunked',
  'discredited',
  'branded',
  'labeled',
  'labelled',
  'deemed',
])

/**
 * Finds statements the reporting itself disputes:
 * - a marker adverb on a quote's cue ("falsely accused Ukraine of …") → the quote's content, false;
 * - a marker phrase between a cue and its content ("claimed, contrary to independent polls, that …") → disputed;
 * - a concession inside a reported statement ("for postponing elections—though the law permits this") → the
 *   statement up to the concession, disputed;
 * - a thing "widely condemned as fraudulent" → that noun phrase, disputed;
 * - "without evidence" next to a quote → unsupported.
 * The claimant is the quote's speaker.
 */
export function findClaims(doc: ClaimInput): Claim[] {
  const { text, tokens } = doc
  const words = lowerTokens(text, tokens)
  const lower = (i: number) => words[i] ?? ''
  const claims: Claim[] = []
  // One claim per marker, looked up rather than searched for: thousands of markers in one text stay linear.
  const markers = new Set<number>()
  const add = (rule: string, content: Span, status: ClaimStatus, marker: Span, quote?: Quote) => {
    const trimmed = proposition(text, content)
    if (trimmed.end <= trimmed.start) return
    if (markers.has(marker.start)) return
    markers.add(marker.start)
    claims.push({
      id: '',
      ...(quote?.speakerId && { claimant: quote.speakerId }),
      content: trimmed,
      status,
      marker: trimEnds(text, marker, LOOSE_ENDS),
      ...(quote && { quote: quote.id }),
      rule,
    })
  }

  const cues = doc.quotes.flatMap((q) => (q.cue ? [q.cue] : [])).sort((a, b) => a.start - b.start)
  for (const q of doc.quotes) {
    if (!q.cue) continue
    const cue = firstEndingAfter(tokens, q.cue.start)
    // "falsely accused", "accused … falsely"
    for (const k of [cue - 1, cue - 2, cue + 1]) {
      const status = ADVERB_MARKERS.get(lower(k))
      if (
        status &&
        (k !== cue - 2 || lower(cue - 1) === 'also' || lower(cue - 1) === 'has' || lower(cue - 1) === 'had')
      ) {
        add('claims/adverb', q.content, status, tokens[k], q)
      }
    }
    // "claiming without evidence that …": the marker may stand inside the cue's words or open the content, with or
    // without commas (claims/phrase-on-cue); the claim is what follows it.
    const opening = phraseMarker(tokens, lower, { start: q.cue.start, end: openingEnd(tokens, lower, q) })
    if (opening && !opening.concession) {
      const rest = { start: Math.max(q.content.start, opening.span.end), end: q.content.end }
      add('claims/phrase-on-cue', rest, opening.status, opening.span, q)
    }
    // Between the cue and the content, or right after the content: "claimed, contrary to polls, that …".
    const between = { start: q.cue.end, end: Math.max(q.content.start, q.cue.end) }
    // After the content, up to the next statement's cue: "accused X of Y and claimed, contrary to …" belongs to "claimed".
    const nextCue = cues[firstStartingAtOrAfter(cues, q.content.end)]?.start ?? Infinity
    const after = { start: q.content.end, end: Math.min(sentenceEnd(doc, q.content.end), nextCue) }
    for (const region of [between, after]) {
      const marker = phraseMarker(tokens, lower, region)
      if (marker && !marker.concession) add('claims/phrase', q.content, marker.status, marker.span, q)
    }
    // "…, a claim economists have debunked", "…, an allegation that is false".
    // Reported speech often runs on to the verdict: the claim is what comes before it.
    const verdict = verdictAfterClaimNoun(tokens, lower, after) ?? verdictAfterClaimNoun(tokens, lower, q.content)
    if (verdict)
      add(
        'claims/verdict-on-claim',
        { start: q.content.start, end: Math.min(q.content.end, verdict.span.start) },
        verdict.status,
        verdict.span,
        q,
      )
    // A concession inside the reported words: "for postponing elections—though Ukrainian law permits this".
    const inner = phraseMarker(tokens, lower, q.content)
    if (inner?.concession && q.kind !== 'direct')
      add('claims/concession', { start: q.content.start, end: inner.span.start }, inner.status, inner.span, q)
  }

  // "staged referendums … that have been widely condemned as fraudulent"
  for (let i = 0; i < tokens.length; i++) {
    const verdict = VERDICTS.get(lower(i))
    if (!verdict || lower(i - 1) !== 'as' || !JUDGING_VERBS.has(lower(i - 2))) continue
    let j = i - 3
    while (
      j >= 0 &&
      /^(widely|been|have|has|was|were|is|are|being|internationally|largely|broadly|roundly)$/.test(lower(j))
    )
      j--
    if (!/^(that|which)$/.test(lower(j))) continue
    const sentence = doc.sentences[indexAt(doc.sentences, tokens[j].start)]
    const head = nounPhraseBefore(tokens, lower, j, sentence?.start ?? 0)
    if (!head) continue
    const quote = doc.quotes.find((q) => q.content.start <= head.start && head.end <= q.content.end)
    add('claims/judged-as', head, verdict, { start: tokens[j + 1].start, end: tokens[i].end }, quote)
  }
  claims.sort((a, b) => a.content.start - b.content.start)
  claims.forEach((c, k) => {
    c.id = `c${k + 1}`
  })
  return claims
}

/** Where the words that may hold a marker on the cue end: the content's "that", else its fourth word. */
function openingEnd(tokens: Doc['tokens'], lower: (i: number) => string, q: Quote): number {
  const first = firstEndingAfter(tokens, q.content.start)
  for (let k = first; k < first + 5 && k < tokens.length && tokens[k].end <= q.content.end; k++)
    if (lower(k) === 'that') return tokens[k].start
  return q.content.start
}

/** The first dispute phrase within `region`: its span, status, and whether it concedes ("though …"). */
function phraseMarker(tokens: Doc['tokens'], lower: (i: number) => string, region: Span) {
  const from = firstEndingAfter(tokens, region.start)
  const to = firstStartingAtOrAfter(tokens, region.end)
  for (let i = from; i < to; i++) {
    for (const { fixed, open, status } of PHRASES_BY_FIRST.get(lower(i)) ?? []) {
      if (!fixed.every((w, k) => lower(i + k) === w)) continue
      // "even though" is matched as itself, not as "though".
      if (fixed[0] === 'though' && lower(i - 1) === 'even') continue
      // A concession is the reporter's when set off by a dash or a bracket ("—though the law permits this"); after a
      // comma it is most often the speaker's own ("we will keep it open, even though it loses money").
      const concession = fixed[fixed.length - 1] === 'though' || fixed[fixed.length - 1] === 'although'
      if (concession && !/^[—–(-]$/.test(lower(i - 1))) continue
      let end = i + fixed.length - 1
      if (open) {
        while (end + 1 < to && !/^[,;.)—–]$/.test(lower(end + 1)) && !/^[“”"]$/.test(lower(end + 1))) end++
        if (end === i + fixed.length - 1) continue
      }
      return { span: { start: tokens[i].start, end: tokens[end].end }, status, concession }
    }
  }
  return undefined
}

const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'assertion',
  'assertions',
  'statement',
  'accusation',
  'accusations',
  'charge',
])

/** A claim noun followed within six words by a verdict ("a claim economists have debunked"): the span and status. */
function verdictAfterClaimNoun(tokens: Doc['tokens'], lower: (i: number) => string, region: Span) {
  const from = firstEndingAfter(tokens, region.start)
  const to = firstStartingAtOrAfter(tokens, region.end)
  for (let i = from; i < to; i++) {
    if (!CLAIM_NOUNS.has(lower(i))) continue
    for (let k = i + 1; k < Math.min(to, i + 7); k++) {
      const status = VERDICTS.get(lower(k))
      if (status && lower(k - 1) !== 'not') {
        const first = /^(a|an|the|this|that)$/.test(lower(i - 1)) ? i - 1 : i
        return { span: { start: tokens[first].start, end: tokens[k].end }, status }
      }
      if (/^[,;.]$/.test(lower(k))) break
    }
  }
  return undefined
}

/** The noun phrase that ends right before token `j`: back to a verb-like word, a comma or the sentence start. */
function nounPhraseBefore(
  tokens: Doc['tokens'],
  lower: (i: number) => string,
  j: number,
  floor: number,
): Span | undefined {
  let k = j - 1
  while (
    k >= 0 &&
    tokens[k].start >= floor &&
    !/^[,;:(—–“”"]$/.test(lower(k)) &&
    !/^(citing|cited|cites|said|says|called|after|over|about|and|of)$/.test(lower(k))
  )
    k--
  if (k + 1 > j - 1) return undefined
  return { start: tokens[k + 1].start, end: tokens[j - 1].end }
}

function sentenceEnd(doc: ClaimInput, offset: number): number {
  const s = doc.sentences[indexAt(doc.sentences, Math.max(0, offset - 1))]
  return s ? s.end : offset
}

/** What a claim or its marker sheds at either end: spaces, dashes and commas. */
const LOOSE_ENDS = /[\s,;:—–]/

/** A claim is the proposition: a quote's content without the complementizer it opens with ("that the vote was rigged"). */
function proposition(text: string, span: Span): Span {
  const trimmed = trimEnds(text, span, LOOSE_ENDS)
  const that = /^that\s+/i.exec(text.slice(trimmed.start, Math.min(trimmed.end, trimmed.start + 6)))
  return that && trimmed.start + that[0].length < trimmed.end
    ? { start: trimmed.start + that[0].length, end: trimmed.end }
    : trimmed
}

/** The claims stage. */
export const findClaimsStage: Stage<'claims'> = {
  layer: 'claims',
  requires: ['tokens', 'sentences', 'quotes'],
  run: (doc) => findClaims(doc),
}
