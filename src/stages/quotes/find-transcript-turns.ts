import type { Entity, Quote } from '../../doc/types.js'
import type { QuoteContext } from './quote-context.js'

/** A transcript's speaker label opening a paragraph: "WALLACE:", "“PENCE:", "SEN. WARREN:", "MR. TRUMP:". */
const CAPITAL_LABEL =
  /^([“"]?)((?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PRES)\.\s)?[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2})(:)\s+(?=[^\s“"‘'«])/
/**
 * A headline's speaker before a colon: "Pence: Flowers Won't Be at Debate" (the name must be a person's). A
 * quotation after the colon ("Zelensky: ‘I am ready’") is the quotation rules' to read.
 */
const TITLE_LABEL = /^([“"]?)((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*)(:)\s+(?=[^\s“"‘'«])/u
const PLACES = new Set(['GPE', 'LOC', 'FAC'])
/** Labels that head notes, not speech. */
const NOT_SPEAKERS = new Set([
  'UPDATE',
  'UPDATED',
  'NOTE',
  'EDITOR’S NOTE',
  "EDITOR'S NOTE",
  'WATCH',
  'READ',
  'READ MORE',
  'RELATED',
  'CORRECTION',
  'CLARIFICATION',
  'PHOTOS',
  'VIDEO',
  'LISTEN',
  'BREAKING',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'Q',
  'A',
  'FILE',
  'SOURCE',
  'SOURCES',
  'TRANSCRIPT',
  'PHOTO',
  'MORE',
])

/**
 * Transcript turns and headline attributions, found before the quotation rules: a paragraph that opens with a
 * speaker label is a direct quote of that speaker — the label is the source, the colon the cue, the rest of the
 * paragraph the content ("“WALLACE: Let’s start with …" in an interview transcript; "Pence: Flowers Won’t Be at
 * Debate" as a headline). A capitalised label counts in an article with two such turns or more, or when it names
 * a person; a headline's label must name a person. Notes ("UPDATE:", "WATCH:") and places (a dateline) never count.
 */
export function findTranscriptTurns(ctx: QuoteContext): Quote[] {
  const { text, paragraphs } = ctx.doc
  const turns: { paragraph: number; match: RegExpExecArray; headline: boolean }[] = []
  paragraphs.forEach((p, k) => {
    if (p.kind !== 'body' && p.kind !== 'title') return
    const headEnd = Math.min(p.end, p.start + 80)
    // Both labels end in a colon: most paragraphs have none near their start, and need no pattern.
    let colon = p.start
    while (colon < headEnd && text.charCodeAt(colon) !== 58) colon++
    if (colon === headEnd) return
    const head = text.slice(p.start, headEnd)
    // A headline is the title paragraph, or the article's first line when the layout did not tell.
    const headline = p.kind === 'title' || k === 0
    const match = (headline ? TITLE_LABEL.exec(head) : null) ?? (p.kind === 'body' ? CAPITAL_LABEL.exec(head) : null)
    if (match && !NOT_SPEAKERS.has(match[2].toUpperCase())) turns.push({ paragraph: k, match, headline })
  })
  const transcript = turns.filter((t) => !t.headline).length >= 2
  const labelled = new Set(turns.map((t) => t.paragraph))
  const quotes: Quote[] = []
  for (const { paragraph, match, headline } of turns) {
    const p = paragraphs[paragraph]
    const source = { start: p.start + match[1].length, end: p.start + match[1].length + match[2].length }
    const entity = speakerOf(ctx, source)
    // A place is a dateline ("NEW DELHI: …"), never a speaker; outside a transcript, only a person speaks so.
    if (entity && PLACES.has(entity.label)) continue
    if (entity?.label !== 'PERSON' && !(transcript && !headline)) continue
    const parts = [{ start: p.start + match[0].length, end: trimmedEnd(text, p.start + match[0].length, p.end) }]
    if (parts[0].end - parts[0].start < 2) continue
    // The turn goes on over the paragraphs that open with a quotation mark and no label of their own (the
    // transcript's convention), until a stage direction such as "(CROSSTALK.)".
    if (transcript && !headline) {
      for (let k = paragraph + 1; k < paragraphs.length && !labelled.has(k); k++) {
        const next = paragraphs[k]
        const open = /^[“"](?!\s*\()/.exec(text.slice(next.start, next.start + 3))
        if (next.kind !== 'body' || !open) break
        parts.push({ start: next.start + open[0].length, end: trimmedEnd(text, next.start + open[0].length, next.end) })
      }
    }
    const content = { start: parts[0].start, end: parts[parts.length - 1].end }
    quotes.push({
      id: '',
      kind: 'direct',
      content,
      parts,
      rule: 'quotes/transcript-turn',
      cue: { start: source.end, end: source.end + 1 },
      polarity: 'assert',
      source,
      ...(entity && { speakerId: entity.id }),
      sentence: Math.max(0, ctx.sentenceOf(ctx.tokenAt(content.start))),
    })
  }
  return quotes
}

/** Where a paragraph's words end, before trailing spaces and closing quotation marks. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s”"]/.test(text[end - 1])) end--
  return end
}

/**
 * The person a label names: the entity covering its words, else the one person whose name ends in the label's
 * last word, case ignored ("PENCE" → Mike Pence); none when two people share it.
 */
function speakerOf(ctx: QuoteContext, label: { start: number; end: number }): Entity | undefined {
  const owner = ctx.owner[ctx.tokenAt(label.start)]
  if (owner && owner === ctx.owner[ctx.tokenAt(label.end - 1)]) return owner
  const last = ctx.doc.text.slice(label.start, label.end).split(/\s+/).pop()!.toLowerCase()
  const people = ctx.doc.entities.filter(
    (e) => e.label === 'PERSON' && e.name.toLowerCase().split(/\s+/).pop() === last,
  )
  return people.length === 1 ? people[0] : undefined
}
