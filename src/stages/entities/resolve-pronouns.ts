import type { Entity, Quotation, Sentence, Token } from '../../doc/types.js'
import { firstEndingAfter, firstStartingAtOrAfter, indexAt } from '../../doc/span.js'
import { PRONOUNS } from './lexicon.js'

/** Words before a name that show it is not the subject: "Despite Trump's criticism", "with Putin". */
const NOT_SUBJECT_BEFORE = new Set([
  'despite',
  'of',
  'by',
  'with',
  'to',
  'for',
  'from',
  'against',
  'about',
  'between',
  'and',
  'on',
  'at',
  'in',
  'into',
  'than',
  'after',
  'before',
  'amid',
  'toward',
  'towards',
  'under',
  'over',
  'like',
  'as',
])
const WINDOW_SENTENCES = 3
/** First letters (lower case) of the pronouns: a cheap filter before any string is built. */
const PRONOUN_INITIALS = new Set(Object.keys(PRONOUNS).map((p) => p.charCodeAt(0)))
/** Each pronoun as written in lower case or capitalised ("he", "He"; not "HE"), to what it refers to. */
const PRONOUN_FORMS = new Map(
  Object.entries(PRONOUNS).flatMap(
    ([p, wants]) =>
      [
        [p, wants],
        [p[0].toUpperCase() + p.slice(1), wants],
      ] as const,
  ),
)

/** The view of the article that pronoun resolution needs. */
export interface PronounContext {
  text: string
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  quotations: readonly Quotation[]
}

interface Candidate {
  entity: Entity
  start: number
  subject: boolean
}

/**
 * Resolves third-person pronouns outside quotations to the most salient compatible antecedent:
 * he/she/his/her to people of a compatible gender (from titles, or from pronouns already resolved to them),
 * they/their to organisations, countries and groups, it/its to organisations and countries. Candidates are
 * mentions in the same or the two sentences before; nearer is better, and a subject beats a name in a
 * prepositional phrase or a possessive ("Despite Trump's criticism, Zelensky dismissed … he remarked").
 * Adds `pronoun` mentions to the entities; returns how many pronouns it resolved.
 */
export function resolvePronouns(ctx: PronounContext, entities: Entity[]): number {
  const { text, tokens, sentences } = ctx
  const named = entities.flatMap((entity) =>
    entity.mentions
      .filter((m) => m.kind !== 'title')
      .map((m) => ({ entity, start: m.start, end: m.end, subject: false })),
  )
  named.sort((a, b) => a.start - b.start)
  markSubjects(ctx, named)
  // Pronouns resolved so far, in text order: later pronouns may take them as antecedents ("he … his").
  const chained: typeof named = []
  const outer = ctx.quotations.filter((q) => q.depth === 0)
  let resolved = 0
  for (const token of tokens) {
    const length = token.end - token.start
    if (length < 2 || length > 10 || !PRONOUN_INITIALS.has(text.charCodeAt(token.start) | 32)) continue
    const word = text.slice(token.start, token.end)
    const wants = PRONOUN_FORMS.get(word)
    if (!wants) continue
    const q = indexAt(outer, token.start)
    if (q >= 0 && outer[q].start < token.start) continue // "I", "he" inside a quote speak for someone else
    const here = indexAt(sentences, token.start)
    if (here < 0) continue
    const windowStart = sentences[Math.max(0, here - WINDOW_SENTENCES + 1)].start
    const candidates: Candidate[] = []
    for (const list of [named, chained]) {
      for (let k = firstStartingAtOrAfter(list, token.start) - 1; k >= 0 && list[k].start >= windowStart; k--) {
        // "“I love Larry,” he said": a name inside a quotation is what the speaker talks about, not who speaks.
        if (compatible(list[k].entity, wants) && !insideQuotation(outer, list[k].start)) candidates.push(list[k])
      }
    }
    const best = pick(candidates, sentences, here)
    if (!best) continue
    best.mentions.push({ start: token.start, end: token.end, kind: 'pronoun' })
    if (wants.gender && !best.gender) best.gender = wants.gender
    chained.push({ entity: best, start: token.start, end: token.end, subject: /^(?:he|she|they)$/i.test(word) })
    resolved++
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start)
  return resolved
}

function insideQuotation(outer: readonly Quotation[], offset: number): boolean {
  const q = indexAt(outer, offset)
  return q >= 0 && outer[q].start < offset
}

function compatible(entity: Entity, wants: (typeof PRONOUNS)[string]): boolean {
  if (wants.gender) return entity.label === 'PERSON' && (!entity.gender || entity.gender === wants.gender)
  if (wants.plural) return entity.label === 'ORG' || entity.label === 'GPE' || entity.label === 'NORP'
  return entity.label === 'ORG' || entity.label === 'GPE'
}

/**
 * Marks the subject mention of each sentence: the first one not inside a prepositional phrase and not a
 * possessive. Capitalised words before a name (its title: "Russian President Vladimir Putin") are skipped when
 * looking at what precedes it.
 */
function markSubjects(ctx: PronounContext, mentions: { start: number; end: number; subject: boolean }[]): void {
  const { text, tokens, sentences } = ctx
  let sentence = -1
  let found = false
  for (const m of mentions) {
    const s = indexAt(sentences, m.start)
    if (s !== sentence) [sentence, found] = [s, false]
    if (found || s < 0) continue
    let i = firstEndingAfter(tokens, m.start) - 1
    while (
      i >= 0 &&
      tokens[i].start >= sentences[s].start &&
      /^\p{Lu}/u.test(text.slice(tokens[i].start, tokens[i].end))
    )
      i--
    const before =
      i >= 0 && tokens[i].start >= sentences[s].start ? text.slice(tokens[i].start, tokens[i].end).toLowerCase() : ''
    const after = tokens[firstEndingAfter(tokens, m.end)]
    const possessive = after !== undefined && /^['’]s$/.test(text.slice(after.start, after.end))
    if (NOT_SUBJECT_BEFORE.has(before) || possessive) continue
    m.subject = true
    found = true
  }
}

function pick(candidates: readonly Candidate[], sentences: readonly Sentence[], here: number): Entity | undefined {
  let best: Entity | undefined
  let bestScore = -Infinity
  const counts = new Map<Entity, number>()
  for (const c of candidates) counts.set(c.entity, (counts.get(c.entity) ?? 0) + 1)
  for (const c of candidates) {
    const s = indexAt(sentences, c.start)
    const sentence = sentences[s]
    const position = (c.start - sentence.start) / Math.max(1, sentence.end - sentence.start)
    const score = -(here - s) + (c.subject ? 0.8 : 0) + position * 0.3 + Math.min(counts.get(c.entity) ?? 0, 4) * 0.1
    if (score > bestScore) [best, bestScore] = [c.entity, score]
  }
  return best
}
