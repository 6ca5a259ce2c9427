import { anchorOf } from './anchor.js'
import { focusPlace } from './focus-place.js'
import { SCHEMA_ID, type Analysis } from './analysis.js'
import { withText } from './span.js'
import type { Doc } from './types.js'

/** What `toAnalysis` adds beyond the fields every analysis has. */
export interface ToAnalysisOptions {
  /** Include the `syntax` field (the parsed sentences). */
  syntax?: boolean
}

/** Serialises a finished `Doc` to the output contract `newsgraph.analysis/1`. */
export function toAnalysis(doc: Doc, options: ToAnalysisOptions = {}): Analysis {
  const { text, meta, structure } = doc
  const title = meta.title ?? (structure.title ? text.slice(structure.title.start, structure.title.end) : undefined)
  const focus = focusPlace(doc.places)
  // An undated article whose dateline writes its year is dated by it, and says so.
  const datedLine = meta.published === undefined ? anchorOf(doc) : undefined
  return {
    schema: SCHEMA_ID,
    article: {
      id: doc.id,
      ...(title !== undefined && { title }),
      ...(meta.published !== undefined && { published: meta.published }),
      ...(meta.published !== undefined && meta.publishedSource && { publishedSource: meta.publishedSource }),
      ...(meta.published === undefined && datedLine && { published: datedLine.day, publishedSource: 'dateline' }),
      ...(meta.source !== undefined && { source: meta.source }),
      ...(meta.url !== undefined && { url: meta.url }),
      language: doc.language,
      text,
      ...(focus && { place: focus.id }),
    },
    sentences: doc.sentences.map((s, i) => {
      const score = doc.checkworthiness.sentences[i]
      return score === undefined
        ? { start: s.start, end: s.end }
        : { start: s.start, end: s.end, checkworthiness: score }
    }),
    entities: doc.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.label,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind })),
      ...(e.country && { country: e.country }),
      ...(e.sector && { sector: e.sector }),
      ...(e.roles.length > 0 && { roles: e.roles }),
      ...(e.actorId && { actorId: e.actorId }),
      ...(e.sectors && e.sectors.length > 0 && { sectors: e.sectors }),
      ...(e.gender && { gender: e.gender }),
      ...(e.rule && { rule: e.rule }),
      salience: e.salience,
    })),
    quotes: doc.quotes.map((q, i) => ({
      id: q.id,
      kind: q.kind,
      content: withText(text, q.content),
      ...(q.cue && { cue: withText(text, q.cue) }),
      ...(q.source && { source: withText(text, q.source) }),
      ...(q.speakerId && { speaker: q.speakerId }),
      ...(q.date && { date: q.date }),
      sentence: q.sentence,
      ...(q.parts.length > 1 && { parts: q.parts.map((p) => withText(text, p)) }),
      ...(q.polarity && { polarity: q.polarity }),
      ...(doc.checkworthiness.quotes[i] !== undefined && { checkworthiness: doc.checkworthiness.quotes[i] }),
    })),
    events: doc.events.map((e) => ({
      id: e.id,
      type: e.type,
      ...(e.mode && { mode: e.mode }),
      ...(e.contexts && { contexts: e.contexts }),
      trigger: withText(text, e.trigger),
      actors: e.actors,
      recipients: e.recipients,
      ...(e.location && { location: e.location }),
      ...(e.locationRule && { locationRule: e.locationRule }),
      ...(e.date && { date: e.date }),
      modality: e.modality,
      ...(e.reportedBy && { reportedBy: e.reportedBy }),
      quad: e.quad,
      score: e.score,
      sentence: e.sentence,
      ...(e.count !== undefined && { count: e.count }),
      ...(e.sameAs && { sameAs: e.sameAs }),
      actorSpans: e.actorSpans.map((a) => withText(text, a)),
      recipientSpans: e.recipientSpans.map((r) => withText(text, r)),
    })),
    times: doc.times.map((t, i) => ({
      id: `t${i + 1}`,
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      type: t.type,
      ...(t.value !== undefined ? { value: t.value } : { anchor: t.anchor ?? 'unknown' }),
      rule: t.rule,
    })),
    amounts: doc.amounts.map((a, i) => ({
      id: `a${i + 1}`,
      ...withText(text, a),
      kind: a.kind,
      value: a.value,
      ...(a.unit && { unit: a.unit }),
      ...(a.of && { of: a.of }),
      ...(a.modifier && { modifier: a.modifier }),
    })),
    places: doc.places.map((p) => ({ ...p })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      ...(c.claimant && { claimant: c.claimant }),
      content: withText(text, c.content),
      status: c.status,
      marker: withText(text, c.marker),
      ...(c.quote && { quote: c.quote }),
    })),
    mentions: doc.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.label,
    })),
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end, kind: p.kind })),
    structure: {
      ...(structure.title && { title: withText(text, structure.title) }),
      ...(structure.byline && { byline: { ...withText(text, structure.byline), names: structure.byline.names } }),
      ...(structure.dateline && { dateline: { ...structure.dateline, ...withText(text, structure.dateline) } }),
    },
    // Spans built field by field, not spread: there are many of them in an article.
    quotations: doc.quotations.map((q) => {
      const reopenings = q.reopenings.map((r) => r.start)
      const span = {
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        style: q.style,
        closed: q.closed,
        depth: q.depth,
      }
      return q.parent === undefined ? { ...span, reopenings } : { ...span, parent: q.parent, reopenings }
    }),
    ...(options.syntax && {
      syntax: doc.syntax.map((s) => ({
        sentence: s.sentence,
        tokens: s.tokens.map((t) => ({
          start: t.start,
          end: t.end,
          text: text.slice(t.start, t.end),
          upos: t.upos,
          xpos: t.xpos,
          head: t.head,
          deprel: t.deprel,
        })),
      })),
    }),
    messages: doc.messages.map((m) => ({
      ruleId: m.ruleId,
      reason: m.reason,
      severity: m.severity,
      ...(m.span && { start: m.span.start, end: m.span.end }),
    })),
  }
}
