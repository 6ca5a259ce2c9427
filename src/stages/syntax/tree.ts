import type { Doc, SentenceSyntax, Span } from '../../doc/types.js'

/**
 * Reading a parsed sentence: heads, children, subjects, objects, clauses. Token positions are indexes into
 * `SentenceSyntax.tokens` (not `Doc.tokens`); −1 means none. Relations match by their universal part unless a
 * subtype is asked for: "nsubj" matches "nsubj:pass", "nsubj:pass" matches only itself.
 */

/** The parse of sentence `index` of `doc`, when the syntax stage parsed it. */
export function sentenceSyntax(doc: Doc, index: number): SentenceSyntax | undefined {
  const all = doc.syntax
  let lo = 0
  let hi = all.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (all[mid].sentence === index) return all[mid]
    if (all[mid].sentence < index) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** The position of the token covering `offset` in the parsed sentence, or −1. */
export function tokenAt(s: SentenceSyntax, offset: number): number {
  return s.tokens.findIndex((t) => t.start <= offset && offset < t.end)
}

/** Whether relation `deprel` is `wanted` ("nsubj" matches "nsubj:pass"; "nsubj:pass" only itself). */
export function isRelation(deprel: string, wanted: string): boolean {
  return deprel === wanted || (!wanted.includes(':') && deprel.startsWith(`${wanted}:`))
}

/** The head of token `i` (−1 for the root). */
export function headOf(s: SentenceSyntax, i: number): number {
  return s.tokens[i]?.head ?? -1
}

/** The root token (the main predicate), −1 for an empty sentence. */
export function rootOf(s: SentenceSyntax): number {
  return s.tokens.findIndex((t) => t.head === -1)
}

/** The dependents of token `i`, left to right; only those with one of `relations` when given. */
export function childrenOf(s: SentenceSyntax, i: number, ...relations: string[]): number[] {
  const out: number[] = []
  s.tokens.forEach((t, k) => {
    if (t.head === i && (relations.length === 0 || relations.some((r) => isRelation(t.deprel, r)))) out.push(k)
  })
  return out
}

/** The first dependent of `i` with one of `relations`, or −1. */
export function childOf(s: SentenceSyntax, i: number, ...relations: string[]): number {
  return childrenOf(s, i, ...relations)[0] ?? -1
}

/**
 * The subject of predicate `i` (nsubj, nsubj:pass, csubj). A verb conjoined to another without its own
 * subject shares the first one's ("Peskov spoke and left" → "left" has "Peskov"); a relative clause's
 * predicate has the noun it modifies when its subject is the relative pronoun ("Peskov, who spoke", "who" →
 * "Peskov").
 */
export function subjectOf(s: SentenceSyntax, i: number): number {
  const own = childOf(s, i, 'nsubj', 'csubj')
  if (own >= 0) {
    const t = s.tokens[i]
    const pronoun = s.tokens[own]
    if (isRelation(t.deprel, 'acl:relcl') && /^W(P|DT)$/.test(pronoun.xpos)) return t.head
    return own
  }
  const t = s.tokens[i]
  if (t && isRelation(t.deprel, 'conj') && t.head >= 0) return subjectOf(s, t.head)
  // "He wanted to leave": the open complement's subject is its controller's.
  if (t && isRelation(t.deprel, 'xcomp') && t.head >= 0)
    return childOf(s, t.head, 'obj') >= 0 ? childOf(s, t.head, 'obj') : subjectOf(s, t.head)
  return -1
}

/** The direct object of predicate `i`, or −1. */
export function objectOf(s: SentenceSyntax, i: number): number {
  return childOf(s, i, 'obj')
}

/**
 * The agent of passive predicate `i` ("was told by Peskov" → "Peskov"), or −1: an `obl:agent` dependent, or,
 * when the parser labelled it plain `obl`, an oblique marked "by" under a passive predicate. `text` is the
 * document's text.
 */
export function agentOf(s: SentenceSyntax, i: number, text: string): number {
  const labelled = childOf(s, i, 'obl:agent')
  if (labelled >= 0 || !isPassive(s, i)) return labelled
  for (const k of childrenOf(s, i, 'obl')) {
    const marked = childrenOf(s, k, 'case').some(
      (c) => text.slice(s.tokens[c].start, s.tokens[c].end).toLowerCase() === 'by',
    )
    if (marked) return k
  }
  return -1
}

/** Whether predicate `i` is passive (it has a passive subject or auxiliary). */
export function isPassive(s: SentenceSyntax, i: number): boolean {
  return childOf(s, i, 'nsubj:pass', 'aux:pass', 'csubj:pass') >= 0
}

const CLAUSE_RELATIONS = ['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'parataxis', 'csubj']

/** The head of the clause token `i` belongs to: the nearest ancestor (or `i` itself) heading a clause. */
export function clauseOf(s: SentenceSyntax, i: number): number {
  let k = i
  for (let steps = 0; k >= 0 && steps <= s.tokens.length; steps++) {
    const t = s.tokens[k]
    if (CLAUSE_RELATIONS.some((r) => isRelation(t.deprel, r))) return k
    if (isRelation(t.deprel, 'conj') && (t.upos === 'VERB' || childOf(s, k, 'nsubj', 'cop') >= 0)) return k
    k = t.head
  }
  return -1
}

/** The tokens of `i`'s subtree, left to right ("Kremlin spokesperson Dmitry Peskov" from "Peskov"). */
export function subtreeOf(s: SentenceSyntax, i: number): number[] {
  const out: number[] = []
  s.tokens.forEach((_, k) => {
    let a = k
    for (let steps = 0; a >= 0 && a !== i && steps <= s.tokens.length; steps++) a = s.tokens[a].head
    if (a === i) out.push(k)
  })
  return out
}

/**
 * The text span of `i`'s phrase: its subtree without a relative clause, an apposition or punctuation at its
 * edges ("Dmitry Peskov, who spoke …," → "Dmitry Peskov").
 */
export function phraseOf(s: SentenceSyntax, i: number): Span {
  const cut = new Set<number>()
  for (const k of childrenOf(s, i, 'acl', 'appos', 'punct', 'parataxis')) for (const d of subtreeOf(s, k)) cut.add(d)
  const kept = subtreeOf(s, i).filter((k) => !cut.has(k))
  // Only the contiguous run around the head: a cut in the middle ends the phrase.
  let first = kept.indexOf(i)
  let last = first
  while (first > 0 && kept[first - 1] === kept[first] - 1) first--
  while (last < kept.length - 1 && kept[last + 1] === kept[last] + 1) last++
  return { start: s.tokens[kept[first]].start, end: s.tokens[kept[last]].end }
}
