import type { Entity, SentenceSyntax } from '../../doc/types.js'
import { agentOf, childOf, childrenOf, isPassive, isRelation, subjectOf } from '../syntax/tree.js'
import { RECEIVING_VERBS } from './lexicon.js'

/** An argument of an event: the entity (none for an unnamed group) and the `Doc.tokens` run naming it. */
export interface Argument {
  entity?: Entity
  first: number
  last: number
}

/** Who did it and to whom, as the parse reads it, with the rule that read it. */
export interface ParsedArguments {
  actors: Argument[]
  recipients: Argument[]
  rule: string
}

/** What the parse reader needs of the article: the text and the entity naming each `Doc.tokens` index. */
export interface ParseView {
  text: string
  syntax: SentenceSyntax
  entityAt: (token: number) => Entity | undefined
  /** Whether a token belongs to a name or an unnamed group ("police", "rebel fighters"). */
  inUnit: (token: number) => boolean
}

/** Parse rules whose finding no actor means no one known acts ("drew criticism", "documents seized in 2008"). */
export const AUTHORITATIVE: ReadonlySet<string> = new Set([
  'events/arguments-parse-received',
  'events/arguments-parse-participle',
])
/** Prepositions that mark a recipient oblique: "attacks on Ukraine", "sanctions against Iran", "talks with Kyiv". */
const RECIPIENT_CASES = new Set(['on', 'against', 'with', 'to', 'at', 'into', 'toward', 'towards', 'upon', 'for'])
/**
 * A verb's recipient oblique may also come "from" or "along": "withdrew from Kherson", "demanded an apology from
 * Kyiv", "deployed troops along the border with Armenia".
 */
const VERB_RECIPIENT_CASES = new Set([...RECIPIENT_CASES, 'from', 'along'])
const BY = new Set(['by'])
/** Prepositions that mark a noun trigger's doer: "condemnation from the State Department", "a visit by Macron". */
const AGENT_CASES = new Set(['by', 'from'])
/** Relations whose subtree is no part of an argument's words: relative and infinitive clauses, asides, punctuation. */
const CUT_RELATIONS = ['acl:relcl', 'punct', 'parataxis', 'advcl', 'dep', 'discourse', 'vocative']
/** Verbs whose subject, an attack noun, lands on their object: "air strikes hit the enclave". */
const HITTING = new Set(['hit', 'hits', 'struck', 'strike', 'pounded', 'targeted', 'killed', 'rocked', 'destroyed'])
/** Heads that can name a participant. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
/** Pronouns that stand for no one in particular: "it is feared", "there were clashes". */
const EMPTY_PRONOUNS = new Set(['it', 'there', 'this', 'that', 'what', 'which', 'who'])

/**
 * The actors and recipients of the trigger at parse position `p`, read from its dependents
 * (`events/arguments-parse-*`), or undefined when the parse gives no plausible participant — the caller then keeps
 * the word-order rules.
 * - a verb: the subject acts and the object receives; a passive's agent acts and its subject receives ("were
 *   intercepted by X"); without an object, the oblique with a recipient's preposition ("fired on the crowd");
 * - a noun: a possessor or a "by"/"from" phrase acts ("Russia's invasion", "condemnation from the State
 *   Department"), an "on"/"against"/"with" phrase receives; a noun that is a verb's object takes that verb's
 *   subject ("launched an assault on X", "held talks with Y"), except after a receiving verb ("drew criticism from
 *   X": the subject receives).
 */
export function parsedArguments(view: ParseView, p: number): ParsedArguments | undefined {
  const s = view.syntax
  const t = s.tokens[p]
  if (!t) return undefined
  const noun = t.upos === 'NOUN' || t.upos === 'PROPN'
  const found = noun ? (reducedRelative(view, p) ?? nounArguments(view, p)) : verbArguments(view, p, t.upos === 'VERB')
  if (!found || (found.actors.length === 0 && found.recipients.length === 0 && !AUTHORITATIVE.has(found.rule)))
    return undefined
  return found
}

function verbArguments(view: ParseView, p: number, verb: boolean): ParsedArguments | undefined {
  const s = view.syntax
  if (!verb && s.tokens[p].upos !== 'AUX' && s.tokens[p].upos !== 'ADJ') return undefined
  // "documents seized in 2008": a participle modifies what it acted on; only a "by" phrase acts.
  // A noun at the root with a participle is a misparsed clause ("Police sealed off the square").
  const head = s.tokens[p].head
  if (
    isRelation(s.tokens[p].deprel, 'acl') &&
    !isRelation(s.tokens[p].deprel, 'acl:relcl') &&
    s.tokens[p].xpos === 'VBN' &&
    head >= 0 &&
    s.tokens[head].head >= 0
  )
    return {
      actors: participants(view, obliqueWith(view, p, 'obl', BY)),
      recipients: participants(view, head, ['acl']),
      rule: 'events/arguments-parse-participle',
    }
  if (isPassive(s, p)) {
    return {
      actors: participants(view, agentOf(s, p, view.text)),
      recipients: participants(view, childOf(s, p, 'nsubj:pass')),
      rule: 'events/arguments-parse-passive',
    }
  }
  const object = childOf(s, p, 'obj')
  const complement = childOf(s, p, 'xcomp')
  // The object, else an oblique ("fired on the crowd"), else the complement's object ("agreed to meet her
  // counterpart"); a named one before an unnamed one: "withdrew its troops from Kherson", "lifted its sanctions on
  // Cuba".
  const candidates = [
    object,
    childOf(s, p, 'iobj'),
    object >= 0 ? obliqueWith(view, object, 'nmod', RECIPIENT_CASES) : -1,
    obliqueWith(view, p, 'obl', VERB_RECIPIENT_CASES),
    complement >= 0 ? childOf(s, complement, 'obj') : -1,
  ].map((k) => participants(view, k))
  const actors = participants(view, subjectOf(s, p))
  // "Canada lifted its sanctions": the actor's own things are no recipient.
  const other = (list: Argument[]) => list.some((a) => a.entity && !actors.some((b) => b.entity === a.entity))
  const recipients =
    candidates.find(other) ?? candidates.find((list) => list.length > 0 && !list.some((a) => a.entity)) ?? []
  return { actors, recipients, rule: 'events/arguments-parse-verb' }
}

function nounArguments(view: ParseView, p: number): ParsedArguments {
  const s = view.syntax
  let actor = childOf(s, p, 'nmod:poss')
  if (actor < 0) actor = obliqueWith(view, p, 'nmod', AGENT_CASES)
  // "Trump criticism", "a Russian attack": a name right before the noun.
  if (actor < 0) actor = childrenOf(s, p, 'compound', 'amod').find((k) => view.entityAt(s.tokens[k].token)) ?? -1
  let recipient = obliqueWith(view, p, 'nmod', RECIPIENT_CASES)
  const head = s.tokens[p].head
  const relation = s.tokens[p].deprel
  if (head >= 0 && isRelation(relation, 'obj')) {
    const verb = lowerOf(view, head)
    if (RECEIVING_VERBS.has(verb)) {
      // "Trump is drawing criticism from Republicans": the subject receives, the "from" phrase acts.
      if (actor < 0) actor = obliqueWith(view, head, 'obl', AGENT_CASES)
      return {
        actors: participants(view, actor),
        recipients: participants(view, subjectOf(s, head)),
        rule: 'events/arguments-parse-received',
      }
    }
    if (actor < 0) actor = isPassive(s, head) ? agentOf(s, head, view.text) : subjectOf(s, head)
    if (recipient < 0) recipient = obliqueWith(view, head, 'obl', RECIPIENT_CASES)
    return {
      actors: participants(view, actor),
      recipients: participants(view, recipient),
      rule: 'events/arguments-parse-light-verb',
    }
  }
  // "Syrian air strikes hit the enclave": the noun is the subject of a verb of hitting, whose object receives.
  if (head >= 0 && isRelation(relation, 'nsubj') && recipient < 0 && HITTING.has(lowerOf(view, head)))
    recipient = childOf(s, head, 'obj')
  return {
    actors: participants(view, actor),
    recipients: participants(view, recipient),
    rule: 'events/arguments-parse-noun',
  }
}

/** Prepositions that point a reduced relative clause's verb at its recipient: "levels against", "imposed on". */
const REDUCED_CASES = new Set(['against', 'on', 'upon', 'at'])

/**
 * "the allegations Khartoum levels against South Sudan" (`events/arguments-reduced-relative`): a name right after a
 * noun trigger, then a verb and "against"/"on", is the actor of a relative clause without "that", and what follows
 * the preposition receives. Read by word order: the parser takes such clauses for noun compounds.
 */
function reducedRelative(view: ParseView, p: number): ParsedArguments | undefined {
  const s = view.syntax
  const named = (k: number) => (s.tokens[k] ? view.entityAt(s.tokens[k].token) : undefined)
  const actor = named(p + 1)
  if (!actor) return undefined
  let k = p + 1
  while (named(k + 1) === actor) k++
  const verb = s.tokens[k + 1]
  if (!verb || named(k + 1) || !/^(VERB|NOUN)$/.test(verb.upos) || !REDUCED_CASES.has(lowerOf(view, k + 2)))
    return undefined
  let first = k + 3
  if (s.tokens[first]?.upos === 'DET') first++
  const recipient = named(first)
  if (!recipient) return undefined
  let last = first
  while (named(last + 1) === recipient) last++
  return {
    actors: [{ entity: actor, first: s.tokens[p + 1].token, last: s.tokens[k].token }],
    recipients: [{ entity: recipient, first: s.tokens[k + 3].token, last: s.tokens[last].token }],
    rule: 'events/arguments-reduced-relative',
  }
}

/** The first dependent of `p` with relation `relation` marked by one of `cases` ("on" in "attacks on Kyiv"), or −1. */
function obliqueWith(view: ParseView, p: number, relation: string, cases: ReadonlySet<string>): number {
  const s = view.syntax
  for (const k of childrenOf(s, p, relation)) {
    if (isRelation(s.tokens[k].deprel, 'nmod:poss') || isRelation(s.tokens[k].deprel, 'obl:tmod')) continue
    const marker = childOf(s, k, 'case')
    if (marker >= 0 && cases.has(lowerOf(view, marker))) return k
  }
  return -1
}

function lowerOf(view: ParseView, k: number): string {
  const t = view.syntax.tokens[k]
  return view.text.slice(t.start, t.end).toLowerCase()
}

/**
 * The participants a phrase headed at `k` names: one argument, or one per conjunct when coordinated conjuncts each
 * name an entity ("Britain and France imposed …": compound actors). None for a head that names no one.
 */
function participants(view: ParseView, k: number, cut: readonly string[] = []): Argument[] {
  const s = view.syntax
  if (k < 0) return []
  const t = s.tokens[k]
  if (!NOMINAL.has(t.upos) && t.upos !== 'ADJ' && t.upos !== 'X') return []
  if (t.upos === 'PRON' && !view.entityAt(t.token) && EMPTY_PRONOUNS.has(lowerOf(view, k))) return []
  const conjuncts = childrenOf(s, k, 'conj').filter((c) => NOMINAL.has(s.tokens[c].upos))
  const phrases =
    conjuncts.length > 0 && [k, ...conjuncts].every((c) => view.entityAt(s.tokens[c].token))
      ? // Each conjunct its own argument: the head without the others, each other with its own subtree.
        [phraseOf(view, k, ['conj', 'cc', ...cut]), ...conjuncts.map((c) => phraseOf(view, c, ['cc']))]
      : [phraseOf(view, k, cut)]
  // "accepted an invitation", "hosted a dinner": a phrase naming no one is no participant.
  return phrases.filter((a): a is Argument => a !== undefined && namesSomeone(view, a))
}

/** The words of the phrase headed at `k` (without clauses, asides and `cut` relations) and the entity it names. */
function phraseOf(view: ParseView, k: number, cut: readonly string[]): Argument | undefined {
  const s = view.syntax
  const dropped = new Set<number>()
  for (const c of childrenOf(s, k, ...CUT_RELATIONS, ...cut)) for (const d of subtree(s, c)) dropped.add(d)
  // "a decision to reinstate the ban": only a participle ("missiles fired by the army") stays in the noun phrase.
  for (const c of childrenOf(s, k, 'acl')) if (s.tokens[c].xpos !== 'VBN') for (const d of subtree(s, c)) dropped.add(d)
  // "an arms depot of the Syrian army" keeps its "of" phrase; "resolutions … on uranium weapons" loses its topic,
  // and no one keeps the place they are in ("Trump in Washington", "students in Lagos").
  const place = (c: number) => /^(GPE|LOC|FAC)$/.test(view.entityAt(s.tokens[c].token)?.label ?? '')
  for (const c of childrenOf(s, k, 'nmod')) {
    const marker = childOf(s, c, 'case')
    const word = marker >= 0 ? lowerOf(view, marker) : ''
    // "Foreign Minister Ana Ruiz" (nmod:desc) and "Iran's" keep their place; "Monday evening" does not.
    if (marker < 0 && !isRelation(s.tokens[c].deprel, 'nmod:tmod')) continue
    if (!KEPT_CASES.has(word) || (word === 'in' && place(c))) for (const d of subtree(s, c)) dropped.add(d)
  }
  for (const d of subtree(s, k))
    for (const c of childrenOf(s, d, 'nmod'))
      if (d !== k && place(c) && childrenOf(s, c, 'case').some((m) => lowerOf(view, m) === 'in'))
        for (const e of subtree(s, c)) dropped.add(e)
  const kept = subtree(s, k).filter((d) => !dropped.has(d))
  let first = kept.indexOf(k)
  let last = first
  while (first > 0 && kept[first - 1] === kept[first] - 1) first--
  while (last < kept.length - 1 && kept[last + 1] === kept[last] + 1) last++
  let a = kept[first]
  let b = kept[last]
  // "at least 81 people" keeps its "at".
  while (a < k && edgeWord(s.tokens[a].upos) && !QUANTIFIED.has(lowerOf(view, a + 1))) a++
  while (b > k && edgeWord(s.tokens[b].upos)) b--
  // A phrase holding a finite verb is a misparse ("officers used batons as people … staged a protest").
  for (let d = a; d <= b; d++) if (FINITE.has(s.tokens[d].xpos)) return undefined
  return { entity: entityOf(view, k), first: s.tokens[a].token, last: s.tokens[b].token }
}

/** Prepositions whose phrase belongs to the noun it modifies: "the head of X", "the embassy in Athens". */
const KEPT_CASES = new Set(['of', 'in', 'from', 'to', 'at'])
/** Words after which a preposition opens a number: "at least", "at most". */
const QUANTIFIED = new Set(['least', 'most'])
/** Finite verb tags. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'])

function namesSomeone(view: ParseView, a: Argument): boolean {
  for (let t = a.first; t <= a.last; t++) if (view.inUnit(t)) return true
  return false
}

/** Words no argument begins or ends with: punctuation, a conjunction. */
function edgeWord(upos: string): boolean {
  return upos === 'PUNCT' || upos === 'CCONJ' || upos === 'ADP'
}

/** The entity the phrase at `k` names: its head's, else a modifier's ("Theresa May's offer"), else a "from"/"of" phrase's. */
function entityOf(view: ParseView, k: number): Entity | undefined {
  const s = view.syntax
  const own = view.entityAt(s.tokens[k].token)
  // "European Commission President Ursula von der Leyen": a person's name ends the run of names the head opens.
  let end = k
  while (s.tokens[end + 1]?.upos === 'PROPN' && view.entityAt(s.tokens[end + 1].token)) end++
  const last = view.entityAt(s.tokens[end].token)
  if (last?.label === 'PERSON' && own?.label !== 'PERSON') return last
  if (own) return own
  for (const c of childrenOf(s, k, 'flat', 'compound', 'nmod:poss', 'amod', 'appos', 'nmod')) {
    for (const d of subtree(s, c)) {
      const entity = view.entityAt(s.tokens[d].token)
      if (entity) return entity
    }
  }
  return undefined
}

/** The positions of `k`'s subtree, left to right. */
function subtree(s: SentenceSyntax, k: number): number[] {
  const inside = new Uint8Array(s.tokens.length)
  inside[k] = 1
  // Heads may come after their dependents: repeat until no token joins (the depth of the tree at most).
  for (let changed = true; changed; ) {
    changed = false
    s.tokens.forEach((t, d) => {
      if (!inside[d] && t.head >= 0 && inside[t.head]) {
        inside[d] = 1
        changed = true
      }
    })
  }
  const out: number[] = []
  inside.forEach((v, d) => {
    if (v) out.push(d)
  })
  return out
}
