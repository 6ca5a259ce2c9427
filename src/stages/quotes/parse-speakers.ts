import type { Entity, Quote, SentenceSyntax } from '../../doc/types.js'
import { agentOf, childrenOf, isPassive, isRelation, phraseOf, subjectOf } from '../syntax/tree.js'
import type { QuoteContext } from './quote-context.js'

/** Entity labels that never speak: a place is where something was said ("officials in Kyiv"), not who said it. */
const SILENT_LABELS = new Set(['LOC', 'FAC', 'EVENT', 'MISC'])

/**
 * The speaker the parse gives a quote's cue, for a quote the token-window rules left without one:
 * - `quotes/cue-subject`: the subject of the reporting verb ("Sen. Ana Ruiz of Ohio, who chairs the panel, said" →
 *   Ana Ruiz, the head of the subject phrase, never its modifier); a relative pronoun stands for its antecedent and
 *   a conjoined verb shares its first verb's subject ("Ruiz met the mayor and said …"), as `subjectOf` reads them;
 *   a participle after a comma takes the subject of the clause it hangs from ("Ruiz left, saying …");
 * - `quotes/passive-agent`: the agent of a passive cue ("the plan was described by Ruiz as …").
 * The parse is imperfect: a subject that names no entity, or one that is a place, gives nothing. Quotes are changed
 * in place; `syntax` is the parsed sentences (some may be missing).
 */
export function resolveParsedSpeakers(ctx: QuoteContext, syntax: readonly SentenceSyntax[], quotes: Quote[]): void {
  const bySentence = new Map(syntax.map((s) => [s.sentence, s]))
  for (const q of quotes) {
    if (q.speakerId || !q.cue || (q.source && namesEntity(ctx, q.source))) continue
    const cue = cueToken(ctx, q.cue)
    const parse = bySentence.get(ctx.sentenceOf(cue))
    if (!parse) continue
    const found = speakerOfCue(ctx, parse, cue)
    if (!found) continue
    q.speakerId = found.entity.id
    q.source = found.source
    q.rule = `${q.rule}+${found.rule}`
    afterCue(ctx, q, q.cue)
  }
}

/**
 * "…, which is made up of investors, said many projects …": the words before the cue that the tagger took into the
 * content are the source's aside, not what was said; the content starts after the cue.
 */
function afterCue(ctx: QuoteContext, q: Quote, cue: { start: number; end: number }): void {
  if (q.content.start >= cue.start || q.content.end <= cue.end) return
  const from = ctx.doc.tokens[ctx.tokenAt(cue.end)]?.start
  if (from === undefined || from >= q.content.end) return
  const parts = q.parts.filter((p) => p.end > from).map((p) => ({ start: Math.max(p.start, from), end: p.end }))
  if (!parts.length) return
  q.parts = parts
  q.content = { start: parts[0].start, end: parts[parts.length - 1].end }
}

interface ParsedSpeaker {
  entity: Entity
  source: { start: number; end: number }
  rule: 'quotes/cue-subject' | 'quotes/passive-agent'
}

/** The speaker of the reporting verb at document token `cue` in its sentence's parse, if the parse names one. */
export function speakerOfCue(ctx: QuoteContext, parse: SentenceSyntax, cue: number): ParsedSpeaker | undefined {
  const at = parse.tokens.findIndex((t) => t.token === cue)
  if (at < 0) return undefined
  const passive = isPassive(parse, at)
  let who = passive ? agentOf(parse, at, ctx.doc.text) : subjectOf(parse, at)
  // "Ruiz left the hall, saying …": a participle without a subject of its own speaks with its clause's subject.
  if (who < 0 && !passive && isRelation(parse.tokens[at].deprel, 'advcl') && parse.tokens[at].head >= 0)
    who = subjectOf(parse, parse.tokens[at].head)
  if (who < 0) return undefined
  const entity = entityOfPhrase(ctx, parse, who)
  if (!entity) return undefined
  return { entity, source: phraseOf(parse, who), rule: passive ? 'quotes/passive-agent' : 'quotes/cue-subject' }
}

/**
 * The entity a subject phrase names: its head's, or, for a title or description heading a name ("campaign
 * spokesman Glen Caplin" parsed with "spokesman" as head), the person named in its flat, compound or appositive
 * dependents. A possessor is never the speaker ("Trump's campaign said" is the campaign's).
 */
function entityOfPhrase(ctx: QuoteContext, parse: SentenceSyntax, head: number): Entity | undefined {
  const own = ctx.owner[parse.tokens[head].token]
  if (own) return SILENT_LABELS.has(own.label) ? undefined : own
  for (const k of childrenOf(parse, head, 'flat', 'compound', 'appos')) {
    const named = ctx.owner[parse.tokens[k].token]
    if (named?.label === 'PERSON') return named
  }
  return undefined
}

/** The cue's reporting verb: its first token the lexicon reads as a cue, else its first token. */
function cueToken(ctx: QuoteContext, cue: { start: number; end: number }): number {
  const first = ctx.tokenAt(cue.start)
  for (let t = first; t < ctx.doc.tokens.length && ctx.doc.tokens[t].start < cue.end; t++) if (ctx.cue(t)) return t
  return first
}

/** Whether some entity's mention covers a word of the span. */
function namesEntity(ctx: QuoteContext, span: { start: number; end: number }): boolean {
  for (let t = ctx.tokenAt(span.start); t < ctx.doc.tokens.length && ctx.doc.tokens[t].start < span.end; t++)
    if (ctx.owner[t]) return true
  return false
}
