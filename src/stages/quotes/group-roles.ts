import type { RoleSpan } from './tagger-labels.js'

/** One attribution relation over token indices: its cue, its source and its content pieces. */
export interface TokenRelation {
  cue?: RoleSpan
  source?: RoleSpan
  content: RoleSpan[]
}

/**
 * Groups tagged role spans into relations, paragraph by paragraph. Every cue anchors one relation; each content
 * and source joins the nearest cue, one in its own sentence first, then one in its paragraph. A content with no cue
 * in its paragraph stands alone (a continuation quote: the caller may give it the previous speaker). Cues and
 * sources left without content are dropped: a relation is about something said.
 * `sentenceOf` maps a token index to its sentence in `sentences`.
 */
export function groupRoles(
  spans: readonly RoleSpan[],
  sentenceOf: (t: number) => number,
  sentences: readonly { paragraph: number }[],
): TokenRelation[] {
  const paragraphOf = (t: number) => sentences[Math.max(0, sentenceOf(t))]?.paragraph ?? 0
  const relations: TokenRelation[] = []
  let i = 0
  while (i < spans.length) {
    const paragraph = paragraphOf(spans[i].start)
    let j = i
    while (j < spans.length && paragraphOf(spans[j].start) === paragraph) j++
    relations.push(...groupParagraph(spans.slice(i, j), sentenceOf))
    i = j
  }
  return relations
}

function groupParagraph(spans: readonly RoleSpan[], sentenceOf: (t: number) => number): TokenRelation[] {
  const cues = spans.filter((s) => s.type === 'CUE')
  const byCue = new Map<RoleSpan, TokenRelation>(cues.map((c) => [c, { cue: c, content: [] }]))
  const loose: TokenRelation[] = []
  // Spans come in text order, so the nearest cue is the last one before the span or the first after it (checking
  // only these two keeps a paragraph of any length linear).
  let next = 0
  const nearest = (s: RoleSpan): RoleSpan | undefined => {
    while (next < cues.length && cues[next].start < s.start) next++
    let best: RoleSpan | undefined
    let bestScore = Infinity
    for (const c of [cues[next - 1], cues[next]]) {
      if (!c) continue
      const distance = c.start >= s.end ? c.start - s.end : s.start - c.end
      const score = distance + (sentenceOf(c.start) === sentenceOf(s.start) ? 0 : 1000)
      if (score < bestScore) {
        best = c
        bestScore = score
      }
    }
    return best
  }
  for (const s of spans) {
    if (s.type === 'CUE') continue
    const cue = nearest(s)
    if (s.type === 'CONTENT') {
      if (cue) byCue.get(cue)!.content.push(s)
      else loose.push({ content: [s] })
    } else if (cue) {
      const relation = byCue.get(cue)!
      // Two sources for one cue: the nearer one speaks ("Clinton's campaign manager Robby Mook said"), unless the
      // other is its subject and this one the listener ("Trump told a veterans group … that …").
      if (
        !relation.source ||
        (gap(s, cue) < gap(relation.source, cue) && !(relation.source.end <= cue.start && s.start >= cue.end))
      )
        relation.source = s
    }
  }
  return [...byCue.values(), ...loose]
    .filter((r) => r.content.length > 0)
    .sort((a, b) => a.content[0].start - b.content[0].start)
}

const gap = (a: RoleSpan, b: RoleSpan) => (a.start >= b.end ? a.start - b.end : b.start - a.end)
