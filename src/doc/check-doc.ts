import type { Analysis } from './analysis.js'

type Spanish = { start: number; end: number; text?: string }

/**
 * Checks the invariants every analysis must keep, and returns the problems found (empty when none):
 * spans lie inside the text, `start <= end`, and a span's `text` is exactly `article.text.slice(start, end)`;
 * sentences and paragraphs are sorted and do not overlap.
 */
export function checkAnalysis(analysis: Analysis): string[] {
  const problems: string[] = []
  const { text } = analysis.article
  const check = (where: string, s: Spanish | undefined) => {
    if (!s) return
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length))
      problems.push(`${where}: [${s.start}, ${s.end}) is outside the text`)
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text)
      problems.push(`${where}: text ${JSON.stringify(s.text)} is not the text at [${s.start}, ${s.end})`)
  }
  const checkSorted = (where: string, spans: readonly Spanish[]) => {
    spans.forEach((s, i) => {
      check(`${where}[${i}]`, s)
      if (i > 0 && spans[i - 1].end > s.start) problems.push(`${where}[${i}] overlaps or precedes the one before`)
    })
  }
  checkSorted('paragraphs', analysis.paragraphs)
  checkSorted('sentences', analysis.sentences)
  analysis.quotations.forEach((q, i) => check(`quotations[${i}]`, q))
  checkSorted('mentions', analysis.mentions)
  analysis.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(`entities[${i}].mentions[${j}]`, m)))
  analysis.quotes.forEach((q, i) => {
    ;['content', 'cue', 'source'].forEach((k) => check(`quotes[${i}].${k}`, q[k as 'content']))
    q.parts?.forEach((p, j) => check(`quotes[${i}].parts[${j}]`, p))
  })
  analysis.events.forEach((e, i) => {
    check(`events[${i}].trigger`, e.trigger)
    const first = e.sameAs === undefined ? undefined : analysis.events.findIndex((f) => f.id === e.sameAs)
    if (
      first !== undefined &&
      (first < 0 || first >= i || analysis.events[first].type !== e.type || analysis.events[first].sameAs)
    ) {
      problems.push(`events[${i}].sameAs names no earlier first mention of its type`)
    }
  })
  analysis.times.forEach((t, i) => check(`times[${i}]`, t))
  analysis.amounts.forEach((a, i) => check(`amounts[${i}]`, a))
  analysis.claims.forEach((c, i) => {
    check(`claims[${i}].content`, c.content)
    check(`claims[${i}].marker`, c.marker)
  })
  analysis.syntax?.forEach((s, i) => {
    checkSorted(`syntax[${i}].tokens`, s.tokens)
    const sentence = analysis.sentences[s.sentence]
    if (!sentence) problems.push(`syntax[${i}] names no sentence`)
    s.tokens.forEach((t, j) => {
      if (sentence && (t.start < sentence.start || t.end > sentence.end))
        problems.push(`syntax[${i}].tokens[${j}] lies outside its sentence`)
      if (!(Number.isInteger(t.head) && t.head >= -1 && t.head < s.tokens.length && t.head !== j))
        problems.push(`syntax[${i}].tokens[${j}].head ${t.head} is not another token of the sentence`)
    })
  })
  const { title, byline, dateline } = analysis.structure
  check('structure.title', title)
  check('structure.byline', byline)
  check('structure.dateline', dateline)
  return problems
}
