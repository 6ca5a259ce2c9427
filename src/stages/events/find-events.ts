import { anchorOf } from '../../doc/anchor.js'
import { focusPlace } from '../../doc/focus-place.js'
import { dateNear } from '../times/date-near.js'
import { AUTHORITATIVE, type Argument, type ParseView, parsedArguments } from './arguments.js'
import { locateEvent } from './locate-event.js'
import { NEIGHBOUR_SENSED, senseOf } from './senses/read-sense.js'
import type { Sense } from './senses/sense.js'
import { factsOf, type WordFacts } from './word-facts.js'
import { clauseDate, isBackground, isNegatedInParse } from './clause-facts.js'
import { firstEndingAfter, firstStartingAtOrAfter, indexAt, overlaps, trimEnds } from '../../doc/span.js'
import { lowerTokens, spellingsOf } from '../../doc/vocab.js'
import type {
  Amount,
  Doc,
  Entity,
  EventRecord,
  MentionKind,
  Modality,
  Quote,
  SentenceSyntax,
  Span,
  TimeExpr,
} from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import type { PloverType } from '../../doc/analysis.js'
import { FUNCTION_WORDS } from '../../lexicons/function-words.js'
import { ROLE_SECTORS } from '../entities/lexicon.js'
import { CONTEXTS, eventContexts, sentenceCues } from './contexts.js'
import {
  ASSAULT_MODES,
  CLAUSE_BREAKS,
  COMPLEMENT_MODES,
  EXERCISE_WORDS,
  FUTURE_MARKERS,
  GROUP_NOUNS,
  HYPOTHETICAL_MARKERS,
  INTENT_VERBS,
  NEGATIONS,
  PASSIVE_AUXILIARIES,
  PLACE_PREPOSITIONS,
  POSSESSIVES,
  RIOT_GEAR,
  PREPOSITIONS,
  QUAD,
  RECEIVING_VERBS,
  RECIPIENT_PREPOSITIONS,
  TRIGGERS,
  ploverScore,
} from './lexicon.js'

/** The article as the event coder reads it. */
export type EventInput = Pick<
  Doc,
  'text' | 'tokens' | 'sentences' | 'paragraphs' | 'entities' | 'quotes' | 'times' | 'amounts'
> &
  Partial<Pick<Doc, 'places' | 'syntax'>>

/**
 * A run of tokens naming one actor: the unit of an argument. An unnamed group ("police", "rebel fighters",
 * "protesters") has no entity: it is an argument by its words alone.
 */
interface Unit {
  entity?: Entity
  first: number
  last: number
}

/** Types whose actor is the one who speaks: for them a quote cue's speaker is the actor. */
const VERBAL = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN'])
/** Types whose trigger takes a verb complement that becomes the mode ("urged X to meet"). */
const TAKES_COMPLEMENT = new Set(['REQUEST', 'REJECT', 'AGREE', 'THREATEN'])
/** Entity kinds that can act. */
const ACTOR_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'NORP'])
const KIND_RANK: Record<MentionKind, number> = { name: 4, pronoun: 4, nominal: 3, demonym: 2, title: 1 }

/**
 * Codes PLOVER events sentence by sentence. A trigger word (verb or event noun) gives the type and mode, some by
 * their neighbours or their object ("suspended aid": SANCTION); `settleType` then applies the manual's rules
 * (refusals, threats, requests, intentions). The actor is the nearest name or unnamed group before the trigger
 * outside a prepositional phrase (with names coordinated by "and"), or the speaker when the trigger is a quote's
 * cue; the recipient is the first after it in its clause; a meeting's parties are all actors. "will", "set to" and
 * future dates make the event future; "if", "would", "any", "potential" hypothetical; a trigger inside a quote is
 * reported, with `reportedBy`. One event per type per sentence: later triggers of the same type merge their
 * arguments into the first; a later sentence telling the same happening points to it (`sameAs`).
 */
export function findEvents(doc: EventInput, published?: string): EventRecord[] {
  const { text, tokens } = doc
  const words = lowerTokens(text, tokens)
  const facts = spellingsOf(text, tokens).map(factsOf)
  const lower = (i: number) => words[i] ?? ''
  const places = doc.places ?? []
  const focus = focusPlace(places)
  const units = argumentUnits(doc, lower, facts)
  const unitAt = new Int32Array(tokens.length).fill(-1)
  units.forEach((u, k) => {
    for (let t = u.first; t <= u.last; t++) unitAt[t] = k
  })
  // Tokens inside a name: never a trigger, and skipped when a verb's object is looked for.
  const named = new Uint8Array(tokens.length)
  for (const u of units) if (u.entity) named.fill(1, u.first, u.last + 1)
  // Token → the quote whose content (or cue) holds it: one pass, so that long articles stay linear.
  const quoteAt: (Quote | undefined)[] = new Array(tokens.length)
  const cueAt: (Quote | undefined)[] = new Array(tokens.length)
  const mark = (list: (Quote | undefined)[], span: Span, q: Quote) => {
    for (let t = firstEndingAfter(tokens, span.start); t < tokens.length && tokens[t].end <= span.end; t++)
      list[t] ??= q
  }
  for (const q of doc.quotes) {
    mark(quoteAt, q.content, q)
    if (q.cue) mark(cueAt, q.cue, q)
  }
  const entityAt = (t: number) => (unitAt[t] >= 0 ? units[unitAt[t]].entity : undefined)
  // Token → its position in its sentence's parse (−1 outside a parsed sentence).
  const parseAt = new Int32Array(tokens.length).fill(-1)
  const parses = new Map((doc.syntax ?? []).map((p) => [p.sentence, p]))
  const events: EventRecord[] = []
  // Tokens another trigger took as its content or object ("urged X to meet", "suspended aid"): no events of their own.
  const absorbed = new Uint8Array(tokens.length)

  doc.sentences.forEach((sentence, s) => {
    const from = firstEndingAfter(tokens, sentence.start)
    const to = firstStartingAtOrAfter(tokens, sentence.end)
    const headline = doc.paragraphs[indexAt(doc.paragraphs, sentence.start)]?.kind !== 'body'
    const sentenceFirst = events.length // this sentence's events are events[sentenceFirst …]
    let cues: Uint8Array | undefined
    const syntax = parses.get(s)
    const parse = syntax && parseViewOf(text, syntax, entityAt, (t) => unitAt[t] >= 0, parseAt)
    const negatedInParse = (t: number) => parse !== undefined && isNegatedInParse(parse.syntax, text, parseAt[t])
    for (let i = from; i < to; i++) {
      if (absorbed[i]) continue
      // "March" is a month, "Talks" in a body sentence a name: triggers are lower case outside headlines.
      if (!headline && i > from && facts[i].capitalised) continue
      const sense = senseOf(lower, i, named, facts)
      if (!sense) continue
      if (sense.object !== undefined) absorbed[sense.object] = 1
      const quote = quoteAt[i]
      const cueOf = cueAt[i]
      const settled = settleType(
        { lower, named, facts, from, to, absorbed, negatedInParse },
        i,
        sense,
        quote,
        modalityOf(lower, i, from, quote, doc.times, sentence, published),
      )
      if (!settled) continue
      let { type, mode } = settled
      const { modality, promised } = settled
      const args = argumentsOf(
        lower,
        units,
        unitAt,
        i,
        from,
        to,
        sense.type === 'CONSULT' || type === 'CONSULT',
        type === 'ASSAULT',
        type === 'MOBILIZE',
      )
      // "Trump attacked Clinton": one named person attacking another, with no weapon, does it in words.
      const person = (list: Argument[]) => list.some((a) => a.entity?.label === 'PERSON')
      if (
        type === 'ASSAULT' &&
        !mode &&
        /^attack/.test(lower(i)) &&
        ((person(args.actors) && person(args.recipients)) || verbalTarget(lower, i))
      ) {
        type = 'ACCUSE'
        mode = 'disapprove'
      }
      const parsed = parse && parsedArguments(parse, parseAt[i])
      if (parsed) {
        // "drew criticism" without a "from": no one known acts, whoever stands before the verb receives.
        if (parsed.actors.length || AUTHORITATIVE.has(parsed.rule)) args.actors = parsed.actors
        // "deployed troops": the forces moved, they are no recipient.
        const recipients = type === 'MOBILIZE' ? parsed.recipients.filter((r) => r.entity) : parsed.recipients
        if (recipients.length) args.recipients = recipients
      } else if (RECEIVING_VERBS.has(lower(i - 1))) {
        // "Trump is drawing criticism", "Lund won praise from Reyes": the subject is on the receiving end, and
        // whoever the noun comes from acts.
        ;[args.actors, args.recipients] = [args.recipients, args.actors]
      }
      // Drills several hold together are cooperation.
      if (type === 'MOBILIZE' && EXERCISE_WORDS.has(lower(i)) && args.actors.length > 1) type = 'COOPERATE'
      // The noun phrase with its article: "the Chinese government", "a Turkish court".
      const span = (a: Argument) => ({
        start: tokens[/^(the|a|an)$/.test(lower(a.first - 1)) && a.first - 1 >= from ? a.first - 1 : a.first].start,
        end: tokens[a.last].end,
      })
      let actors = entityIds(args.actors)
      let actorSpans = args.actors.map(span)
      if (VERBAL.has(type) && (cueOf?.speakerId || cueOf?.source)) {
        // The statement's speaker acts; an unnamed one ("Some Millikin fans", "The Indiana governor") by its words.
        actors = cueOf.speakerId ? [cueOf.speakerId] : []
        actorSpans = cueOf.source ? [trimEnds(text, cueOf.source, /[\s,;:]/)] : []
      } else if (actors.length === 0 && quote?.speakerId && (promised || firstPersonBefore(lower, i, from))) {
        // "I just want a dialogue": inside a quote, the first person is its speaker.
        actors = [quote.speakerId]
        actorSpans = []
      }
      let recipientArgs = args.recipients.filter((r) => !r.entity || !actors.includes(r.entity.id))
      // A meeting or a call has parties, not a doer and a recipient: "Lavrov held talks with Safadi" puts both in actors.
      if (
        type === 'CONSULT' &&
        (mode === undefined || mode === 'phone' || mode === 'multilateral') &&
        actorSpans.length > 0
      ) {
        actors = [...actors, ...entityIds(recipientArgs)]
        actorSpans = [...actorSpans, ...recipientArgs.map(span)]
        recipientArgs = []
      }
      const sectorOf = (a: Argument) => a.entity?.sector ?? ROLE_SECTORS[lower(a.last)]
      cues ??= sentenceCues(
        (t) => facts[t].contexts,
        (t) => facts[t].pairStart,
        lower,
        from,
        to,
      )
      const contexts = eventContexts(cues, type, mode, [...args.actors, ...args.recipients].map(sectorOf))
      const found: EventRecord = {
        id: '',
        type,
        trigger: { start: tokens[i].start, end: tokens[i].end },
        actors,
        recipients: entityIds(recipientArgs),
        actorSpans,
        recipientSpans: recipientArgs.map(span),
        modality,
        quad: QUAD[type],
        score: ploverScore(type, mode),
        sentence: s,
        rule: 'events/trigger-rules',
      }
      // Optional fields set one by one: spreading a small object per field cost a tenth of the stage.
      if (sense.rule) found.rule = sense.rule
      if (mode) found.mode = mode
      if (contexts.length) found.contexts = contexts
      const located = locateEvent(text, places, sentence, tokens[i], focus)
      if (located) {
        found.location = located.location
        found.locationRule = located.locationRule
      }
      const date = eventDate(doc.times, sentence, tokens[i], parse, parseAt[i], quote?.date, published)
      if (date) found.date = date
      if (modality === 'reported' && quote) found.reportedBy = quote.id
      const count = countOf(doc.amounts, tokens[i])
      if (count !== undefined) found.count = count
      // An event with no participant at all tells an analyst nothing: "Talks" in a headline.
      if (
        found.actorSpans.length === 0 &&
        found.recipientSpans.length === 0 &&
        found.actors.length === 0 &&
        !args.location &&
        found.locationRule !== 'events/location-clause'
      )
        continue
      let same: EventRecord | undefined
      for (let k = sentenceFirst; k < events.length && !same; k++) if (events[k].type === type) same = events[k]
      if (same) mergeInto(same, found)
      else events.push(found)
    }
  })
  events.forEach((e, k) => {
    e.id = `ev${k + 1}`
  })
  linkSameHappenings(events, text, published)
  return events
}

/** A sentence's parse as the argument reader sees it, with `parseAt` filled for its tokens. */
function parseViewOf(
  text: string,
  syntax: SentenceSyntax,
  entityAt: (t: number) => Entity | undefined,
  inUnit: (t: number) => boolean,
  parseAt: Int32Array,
): ParseView {
  syntax.tokens.forEach((t, k) => {
    parseAt[t.token] = k
  })
  return { text, syntax, entityAt, inUnit }
}

/** What `settleType` reads of a sentence. */
interface SentenceView {
  lower: (i: number) => string
  named: Uint8Array
  facts: readonly WordFacts[]
  from: number
  to: number
  /** Tokens another trigger took as its content or object: no events of their own. */
  absorbed: Uint8Array
  /** Whether the parse negates the trigger at a token, also from afar ("didn't step up to oppose"). */
  negatedInParse: (i: number) => boolean
}

/**
 * The type and mode of the trigger at token i after the manual's rules, or undefined when it codes nothing:
 * - a negated cooperation the actor refuses ("will not release", "failed to reach an agreement") is REJECT, any
 *   other negated trigger nothing;
 * - a threat of violence is THREATEN/violence ("threatened Seoul with nuclear strikes", "vowed to retaliate");
 * - a request, offer or refusal takes its mode from the action asked for, which is no event of its own;
 * - what is stated now and done later: cooperation intended is AGREE ("ready to talk", "France will provide aid",
 *   "the rebels said they would release the hostages"), a retreat announced CONCEDE; a dated meeting or visit
 *   keeps its type ("will visit Kyiv on Monday").
 * `promised`: an intention the actor states now (made AGREE or CONCEDE); it and a refusal are stated now,
 * whatever their tense.
 */
function settleType(
  view: SentenceView,
  i: number,
  sense: Sense,
  quote: Quote | undefined,
  modality: Modality,
): { type: PloverType; mode?: string; modality: Modality; promised: boolean } | undefined {
  const { lower, named, facts, from, to, absorbed } = view
  let { type, mode } = sense
  const refusal = negated(lower, i, from) || view.negatedInParse(i)
  if (refusal) {
    if (QUAD[type] > 2 || !refused(lower, i, from)) return undefined
    mode = COOPERATION_MODES[type]
    type = 'REJECT'
  }
  if (type === 'THREATEN') {
    for (let k = i + 1; k < Math.min(to, i + 8); k++) {
      const threatened = senseOf(lower, k, named, facts)
      if (threatened?.type === 'ASSAULT') {
        mode = 'violence'
        absorbed[k] = 1
      }
      if (lower(k) === ',' || lower(k) === ';') break
    }
  }
  if (TAKES_COMPLEMENT.has(type)) {
    const complement = complementOf(lower, i, to)
    if (complement) {
      mode = COMPLEMENT_MODES.get(lower(complement)) ?? mode
      const asked = senseOf(lower, complement, named, facts)
      if (asked) absorbed[complement] = 1
      if (type === 'AGREE' && asked && QUAD[asked.type] === 4) {
        type = 'THREATEN'
        mode = 'violence'
      }
    }
  }
  if (type === 'ASSAULT' && !mode) mode = ASSAULT_MODES.get(lower(i - 1))
  const intent = INTENT_VERBS.has(lower(i - 1)) || (lower(i - 1) === 'to' && INTENT_VERBS.has(lower(i - 2)))
  const promise = !refusal && (intent || modality === 'future' || (quote !== undefined && promisedAt(lower, i, from)))
  if (promise && type === 'RETREAT') {
    type = 'CONCEDE'
    mode = undefined
  } else if (promise && INTENDED_AGREEMENTS.has(type) && (type !== 'CONSULT' || intent)) {
    if (type !== 'CONSULT') mode = COOPERATION_MODES[type]
    type = 'AGREE'
  }
  const promised = promise && (type === 'AGREE' || type === 'CONCEDE') && sense.type !== type
  // "will never negotiate" refuses now; "will send aid" agrees now.
  if ((refusal || promised) && (modality === 'future' || modality === 'hypothetical'))
    modality = quote ? 'reported' : 'asserted'
  return { type, ...(mode && { mode }), modality, promised }
}

/** Trigger nouns, which a name right before them can own ("Trump criticism", "Russia's invasion"). */
const NOUN_TRIGGERS = new Set([
  'talks',
  'attack',
  'attacks',
  'strike',
  'strikes',
  'sanctions',
  'sanction',
  'visit',
  'visits',
  'summit',
  'summits',
  'dialogue',
  'trip',
  'raid',
  'raids',
  'offensive',
  'ban',
  'protest',
  'protests',
  'rally',
  'riots',
  'boycott',
  'threat',
  'threats',
  'aid',
  'support',
  'ceasefire',
  'truce',
  'crackdown',
  'embargo',
  'probe',
  'appeal',
  'appeals',
  'demands',
  'request',
  'requests',
  'airstrikes',
  'airstrike',
  'assault',
  'ambush',
  'meeting',
  'meetings',
  'negotiations',
  'discussions',
  'consultations',
])

function isNounTrigger(w: string): boolean {
  return NOUN_TRIGGERS.has(w) || /(tion|sion|ment|ism|ure|ance|ence|al)s?$/.test(w)
}

/** The mode of a cooperation when it is promised or refused: "agreed to meet", "will not release". */
const COOPERATION_MODES: Partial<Record<PloverType, string>> = {
  CONSULT: 'meet',
  AGREE: 'meet',
  AID: 'assist',
  COOPERATE: 'assist',
  RETREAT: 'yield',
  CONCEDE: 'yield',
}

/** Types that, intended for later, are agreements (the manual, AGREE): consultation, support, cooperation, aid. */
const INTENDED_AGREEMENTS = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID'])

/** Words before a negated trigger that make the negation a refusal: "will not", "won't", "failed to", "declined to". */
const REFUSALS = new Set([
  'will',
  'would',
  'wo',
  "'ll",
  '’ll',
  'shall',
  'failed',
  'fails',
  'fail',
  'declined',
  'declines',
  'refused',
  'refuses',
  'refusing',
])

const PROMISES = new Set(['will', 'would', "'ll", '’ll', 'shall'])

/** True when one of `words` stands within `reach` words before token i, in its clause (no comma or clause break between). */
function inClauseBefore(
  lower: (i: number) => string,
  i: number,
  from: number,
  words: ReadonlySet<string>,
  reach: number,
): boolean {
  for (let k = i - 1; k >= Math.max(from, i - reach); k--) {
    const w = lower(k)
    if (words.has(w)) return true
    if (CLAUSE_BREAKS.has(w) || w === ',') return false
  }
  return false
}

/** True when "will" or "would" stands within four words before token i, in its clause. */
const promisedAt = (lower: (i: number) => string, i: number, from: number) =>
  inClauseBefore(lower, i, from, PROMISES, 4)
/** True when a refusal word stands within four words before token i, in its clause. */
const refused = (lower: (i: number) => string, i: number, from: number) => inClauseBefore(lower, i, from, REFUSALS, 4)
/** True when a negation governs token i: within three words before it, in its clause. */
const negated = (lower: (i: number) => string, i: number, from: number) => inClauseBefore(lower, i, from, NEGATIONS, 3)

/** The verb after "to" that completes a request, offer or refusal: "urged Trump to meet" → meet. */
function complementOf(lower: (i: number) => string, i: number, to: number): number | undefined {
  for (let k = i + 1; k < Math.min(to, i + 8); k++) {
    const w = lower(k)
    if (w === 'to' && k + 1 < to) return k + 1
    if (w === ',' || w === ';' || w === '.') return undefined
  }
  return undefined
}

/**
 * Runs of tokens naming one actor, in text order: an actor-like entity (a name outranks a description over the
 * same words), or an unnamed group — a group noun with up to two modifiers ("security forces", "Rebel fighters")
 * — which joins an entity right before it ("Syrian government forces").
 */
function argumentUnits(doc: EventInput, lower: (i: number) => string, facts: readonly WordFacts[]): Unit[] {
  const { tokens } = doc
  const owner: (Entity | undefined)[] = new Array(tokens.length)
  const rank = new Int8Array(tokens.length)
  for (const entity of doc.entities) {
    if (!ACTOR_LABELS.has(entity.label)) continue
    for (const m of entity.mentions) {
      for (let t = firstEndingAfter(tokens, m.start); t < tokens.length && tokens[t].start < m.end; t++) {
        if (KIND_RANK[m.kind] > rank[t]) {
          owner[t] = entity
          rank[t] = KIND_RANK[m.kind]
        }
      }
    }
  }
  const units: Unit[] = []
  for (let t = 0; t < tokens.length; t++) {
    // "its sanctions", "her counterpart": a possessive determiner owns the noun after it; it is an argument only of a
    // noun trigger ("his visit").
    const entity = owner[t] && POSSESSIVES.has(lower(t)) && !TRIGGERS.has(lower(t + 1)) ? undefined : owner[t]
    const last = units[units.length - 1]
    if (!entity) {
      if (!facts[t].group || modifiesNext(lower(t), lower(t + 1))) continue
      if (last && last.last === t - 1) {
        last.last = t
        continue
      }
      let first = t
      while (first > t - 2 && first > 0 && !owner[first - 1] && isGroupModifier(lower(first - 1), lower(first))) first--
      units.push({ first, last: t })
      continue
    }
    if (last && last.entity === entity && last.last === t - 1) last.last = t
    else units.push({ entity, first: t, last: t })
  }
  return units
}

/**
 * A word that can stand before a group noun as part of its name: "rebel" fighters, "riot" police, "unknown" gunmen;
 * not a verb ("suspended" military aid, "sent" troops).
 */
function isGroupModifier(w: string, next: string): boolean {
  if (w === 'riot') return RIOT_GEAR.has(next)
  return (
    /^[a-z][a-z-]*$/.test(w) &&
    !FUNCTION_WORDS.has(w) &&
    !TRIGGERS.has(w) &&
    !NEIGHBOUR_SENSED.has(w) &&
    !PREPOSITIONS.has(w) &&
    !CLAUSE_BREAKS.has(w) &&
    !GROUP_NOUNS.has(w) &&
    (!/(?:ed|ing)$/.test(w) || PARTICIPLE_MODIFIERS.has(w))
  )
}

/** Participles that describe a group: "armed" men, "masked" gunmen. */
const PARTICIPLE_MODIFIERS = new Set([
  'armed',
  'masked',
  'unidentified',
  'suspected',
  'uniformed',
  'alleged',
  'trained',
  'ruling',
  'governing',
  'opposing',
  'retired',
  'elected',
])

/** Nouns a singular group noun only describes: "military aid", "police station", "army post". */
const DESCRIBED_NOUNS = new Set([
  'aid',
  'post',
  'posts',
  'base',
  'bases',
  'station',
  'stations',
  'building',
  'buildings',
  'headquarters',
  'vehicle',
  'vehicles',
  'convoy',
  'camp',
  'camps',
  'source',
  'sources',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'ruling',
  'order',
  'decision',
  'policy',
  'plan',
  'budget',
  'spending',
  'equipment',
  'operation',
  'operations',
  'exercise',
  'exercises',
  'drills',
  'hospital',
  'presence',
  'intervention',
  'action',
  'coup',
  'leadership',
  'officer',
  'commander',
  'commanders',
  'figures',
  'data',
  'statement',
  'report',
  'records',
  'crackdown',
])

/** True when a singular group noun describes the noun after it ("military aid") instead of naming actors. */
function modifiesNext(w: string, next: string): boolean {
  return !w.endsWith('s') && (DESCRIBED_NOUNS.has(next) || (TRIGGERS.has(next) && isNounTrigger(next)))
}

/** True when the noun phrase ending at token i opens with an adjunct's preposition: "after the riots", "ahead of a cabinet meeting". */
function inAdjunct(lower: (i: number) => string, i: number, from: number): boolean {
  let k = i - 1
  while (
    k >= from &&
    k > i - 4 &&
    /^[a-z][a-z-]*$/.test(lower(k)) &&
    !ADJUNCT_PREPOSITIONS.has(lower(k)) &&
    lower(k) !== 'of' &&
    !CLAUSE_BREAKS.has(lower(k))
  )
    k--
  return ADJUNCT_PREPOSITIONS.has(lower(k)) || (lower(k) === 'of' && lower(k - 1) === 'ahead')
}

/** Prepositions whose event noun is a circumstance of the clause, not its action: "after the riots", "during talks". */
const ADJUNCT_PREPOSITIONS = new Set([
  'after',
  'before',
  'since',
  'during',
  'amid',
  'following',
  'despite',
  'until',
  'ahead',
])

/** What one attacks in words: "attacked other candidates", "attacks on the press", "attacked the plan". */
const VERBAL_TARGETS = new Set([
  'candidates',
  'candidate',
  'rivals',
  'rival',
  'opponents',
  'opponent',
  'critics',
  'media',
  'press',
  'reporters',
  'journalists',
  'policy',
  'policies',
  'plan',
  'plans',
  'record',
  'remarks',
  'comments',
  'decision',
  'proposal',
  'bill',
  'law',
  'ruling',
  'judge',
  'character',
  'biography',
  'platform',
  'credibility',
  'integrity',
  'reputation',
  'positions',
  'views',
  'campaign',
  'candidacy',
])

function verbalTarget(lower: (i: number) => string, i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) if (VERBAL_TARGETS.has(lower(k))) return true
  return false
}

/** The entity ids of arguments that name one. */
function entityIds(list: readonly Argument[]): string[] {
  const ids: string[] = []
  for (const a of list) if (a.entity) ids.push(a.entity.id)
  return ids
}

/** Actors, recipients and place of the trigger at token i. */
function argumentsOf(
  lower: (i: number) => string,
  units: Unit[],
  unitAt: Int32Array,
  i: number,
  from: number,
  to: number,
  reciprocal: boolean,
  attack: boolean,
  mobilize: boolean,
) {
  const actors: Argument[] = []
  const recipients: Argument[] = []
  let location: string | undefined
  const isPlace = (u: Unit) => u.entity?.label === 'GPE' || u.entity?.label === 'LOC' || u.entity?.label === 'FAC'
  const before = (u: Unit) => (lower(u.first - 1) === 'the' ? lower(u.first - 2) : lower(u.first - 1))
  const result = (a: Argument[], r: Argument[]) => ({
    actors: uniqueArguments(a),
    recipients: uniqueArguments(r),
    location,
  })

  // After the trigger: "between X and Y" (all actors), recipients, "in X" (place).
  let previous: Argument | undefined
  let agent: Argument | undefined
  for (let k = i + 1; k < to; k++) {
    const w = lower(k)
    if ((CLAUSE_BREAKS.has(w) && w !== 'that') || w === ',') break
    const u = unitAt[k] >= 0 ? units[unitAt[k]] : undefined
    if (!u || (u.first === u.last && POSSESSIVES.has(lower(u.first)))) continue // "lifted its sanctions on Cuba"
    k = u.last
    const prep = before(u)
    // "Russian President Vladimir Putin": the last name of a run of adjacent names is the head.
    if (previous && previous.last === u.first - 1) {
      previous.entity = u.entity ?? previous.entity
      previous.last = u.last
      continue
    }
    const argument = { ...u }
    if (prep === 'by' && !agent && !reciprocal && (isNounTrigger(lower(i)) || /^(the|a|an)$/.test(lower(i - 1)))) {
      agent = argument // "the shelling of Lessa by Valdoria"
    } else if (
      prep === 'between' ||
      (reciprocal && prep === 'and' && actors.length > 0 && recipients.length === 0 && lower(i + 1) === 'between')
    ) {
      actors.push(argument)
    } else if (PLACE_PREPOSITIONS.has(prep) && isPlace(u) && !(prep === 'at' && attack)) {
      location ??= u.entity?.name
      continue
    } else if (!u.entity && mobilize) {
      continue // "deployed troops": the forces moved, not a recipient
    } else if (
      u.entity &&
      recipients.length > 0 &&
      recipients.every((r) => !r.entity) &&
      RECIPIENT_PREPOSITIONS.has(prep)
    ) {
      recipients.splice(0, recipients.length, argument) // "stationed soldiers on the border with Armenia": the named party
    } else if (recipients.length === 0 || prep === 'and' || prep === ',') {
      if (recipients.length === 0 && PREPOSITIONS.has(prep) && !RECIPIENT_PREPOSITIONS.has(prep)) continue
      recipients.push(argument)
    } else continue
    previous = argument
  }
  if (actors.length > 0) return result(actors, [])
  if (agent) return result([agent], recipients)

  // "Trump's criticism", "Trump Criticism": a name right before a noun trigger is its actor.
  const possessor =
    /^['’]s$/.test(lower(i - 1)) && unitAt[i - 2] >= 0
      ? units[unitAt[i - 2]]
      : unitAt[i - 1] >= 0 && isNounTrigger(lower(i))
        ? units[unitAt[i - 1]]
        : undefined
  if (possessor && possessor.first >= from) return result([{ ...possessor }], recipients)

  // "were intercepted by X", "have been condemned": the grammatical subject is the recipient, the agent follows "by".
  const passive =
    PASSIVE_AUXILIARIES.has(lower(i - 1)) || (PASSIVE_AUXILIARIES.has(lower(i - 2)) && /ly$/.test(lower(i - 1)))
  if (passive) {
    const agents: Argument[] = []
    for (let j = i + 1; j < to && !CLAUSE_BREAKS.has(lower(j)) && lower(j) !== ','; j++) {
      const at = lower(j) !== 'by' ? -1 : lower(j + 1) === 'the' ? j + 2 : j + 1
      if (at > 0 && unitAt[at] >= 0) agents.push({ ...units[unitAt[at]] })
    }
    // "Five protesters were killed": the subject, outside any prepositional phrase, suffered it.
    const sufferers: Argument[] = []
    for (let j = i - 1; j >= from && sufferers.length === 0; j--) {
      const w = lower(j)
      if (w === ';' || w === ':' || CLAUSE_BREAKS.has(w)) break
      if (unitAt[j] < 0) continue
      const u = units[unitAt[j]]
      j = u.first
      if (!PREPOSITIONS.has(before(u))) sufferers.push({ ...u })
    }
    return result(agents, sufferers)
  }

  // "imposed a curfew after the riots": an event noun in an adjunct has no subject of its own.
  if (isNounTrigger(lower(i)) && inAdjunct(lower, i, from)) return result([], recipients)

  // Before the trigger: the nearest name outside a prepositional phrase, then names coordinated with it.
  let subject: Argument | undefined
  for (let j = i - 1; j >= from; j--) {
    const w = lower(j)
    // "the officer who shot Scott": a relative pronoun right before the trigger stands for the noun before it.
    const relative = (w === 'who' || w === 'which') && j >= i - 2
    // "the seven men, who freed their hostages": when the word the pronoun stands for names no one we know, no one is the actor.
    if (relative && unitAt[lower(j - 1) === ',' ? j - 2 : j - 1] < 0) break
    if (
      w === ';' ||
      w === ':' ||
      (subject === undefined && CLAUSE_BREAKS.has(w) && !relative && !/^(that|as|when|after|before|since)$/.test(w))
    )
      break
    const u = unitAt[j] >= 0 ? units[unitAt[j]] : undefined
    if (!u) continue
    j = u.first
    const prep = before(u)
    if (PREPOSITIONS.has(prep)) {
      if (PLACE_PREPOSITIONS.has(prep) && isPlace(u)) location ??= u.entity?.name
      continue
    }
    // "a Kyiv forum": a place name after an article modifies a noun.
    if (isPlace(u) && /^(a|an)$/.test(lower(u.first - 1))) continue
    // "French President Emmanuel Macron": a name right before the subject belongs to its noun phrase.
    if (subject && u.last === subject.first - 1) {
      subject.first = u.first
      continue
    }
    if (!subject) {
      subject = { ...u }
      actors.push(subject)
      // "ministers from Estonia and Finland met": names coordinated inside the phrase all stand for the actor.
      if (prep === 'and' && unitAt[u.first - 2] >= 0 && PREPOSITIONS.has(lower(units[unitAt[u.first - 2]].first - 1))) {
        subject = { ...units[unitAt[u.first - 2]] }
        actors.push(subject)
      }
      continue
    }
    // "Starmer and Macron", "Yermak, and Economic Minister Svyrydenko": coordinated within four words.
    const gap: string[] = []
    for (let g = u.last + 1; g < subject.first; g++) gap.push(lower(g))
    if (gap.length <= 4 && (gap.includes('and') || gap.includes('&')) && !gap.some((g) => TRIGGERS.has(g))) {
      subject = { ...u }
      actors.push(subject)
    } else break
  }
  return result(actors.reverse(), recipients)
}

function uniqueArguments(list: Argument[]): Argument[] {
  return list.filter((a, k) => list.findIndex((b) => (a.entity ? b.entity === a.entity : b.first === a.first)) === k)
}

/** True when "I" or "we" opens the clause of token i. */
function firstPersonBefore(lower: (i: number) => string, i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 6); k--) {
    const w = lower(k)
    if (w === 'i' || w === 'we') return true
    if (w === ',' || w === ';' || CLAUSE_BREAKS.has(w)) return false
  }
  return false
}

/** Asserted, future, hypothetical or reported, from the words before the trigger and the sentence's dates. */
function modalityOf(
  lower: (i: number) => string,
  i: number,
  from: number,
  quote: Quote | undefined,
  times: readonly TimeExpr[],
  sentence: Span,
  published?: string,
): Modality {
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    const w = lower(k)
    if (w === ';' || w === '.' || w === '—' || w === ',') break
    if (HYPOTHETICAL_MARKERS.has(w)) return 'hypothetical'
    // "The plan drew condemnation": a noun after a determiner plans nothing.
    if (FUTURE_MARKERS.has(w) && !DETERMINERS.has(lower(k - 1))) return 'future'
  }
  for (let k = i - 7; k >= from; k--) if (lower(k) === 'if') return 'hypothetical'
  if (published) {
    const date = firstDate(times, sentence)
    if (date && date.slice(0, 10) > published && /^\d{4}-\d{2}-\d{2}/.test(date)) return 'future'
  }
  if (quote) return 'reported'
  return 'asserted'
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our'])

/** The first calendar date (day, week or month) in a sentence. */
function firstDate(times: readonly TimeExpr[], sentence: Span): string | undefined {
  for (let k = firstStartingAtOrAfter(times, sentence.start); k < times.length && times[k].end <= sentence.end; k++) {
    const value = times[k].value
    if (times[k].type === 'DATE' && value && /^\d{4}-(?:\d{2}|W\d{2})/.test(value)) return value
  }
  return undefined
}

/**
 * The event's date: a time expression in the trigger's own clause (`events/date-clause`); none for a background
 * event without one ("documents seized in 2008" keep 2008; "had seized" without a date has none,
 * `events/date-background`); else the date nearest the trigger in its sentence, else the quote's date, else the
 * article's anchor (if known).
 */
function eventDate(
  times: readonly TimeExpr[],
  sentence: Span,
  trigger: Span,
  parse: ParseView | undefined,
  p: number,
  quoteDate: string | undefined,
  published?: string,
): string | undefined {
  if (parse && p >= 0) {
    const own = clauseDate(parse.syntax, times, p)
    if (own) return own.value
    if (isBackground(parse.syntax, parse.text, p)) return undefined
  }
  return dateNear(times, sentence, trigger.start, quoteDate ?? published)
}

/** "267 drone attacks", "launched 40 missiles": the count that ends with the trigger or follows it closely. */
function countOf(amounts: readonly Amount[], trigger: Span): number | undefined {
  for (
    let k = firstStartingAtOrAfter(amounts, trigger.start - 40);
    k < amounts.length && amounts[k].start <= trigger.end + 3;
    k++
  ) {
    const a = amounts[k]
    if (a.kind !== 'count') continue
    if (
      (a.start < trigger.start && a.end >= trigger.end && trigger.start - a.start < 40) ||
      (a.start > trigger.end && a.start - trigger.end <= 3)
    )
      return a.value
  }
  return undefined
}

/**
 * Marks every later mention of a happening the article already reported — the headline, the lead and the body
 * tell one attack three times — with `sameAs`, the id of its first mention: the same type (and mode, when both
 * have one), a party in common (an actor or a recipient entity, or the same unnamed group), no party that
 * contradicts (both name actors: one in common; both name recipients: one in common), the same day when both
 * name one, the same count when both give one, and neither hypothetical unless both are.
 */
export function linkSameHappenings(events: EventRecord[], text: string, published?: string): void {
  const words = (spans: Span[]) => spans.map((s) => text.slice(s.start, s.end).toLowerCase())
  const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x))
  const named = (d?: string) => d !== undefined && d !== published
  for (let j = 1; j < events.length; j++) {
    const later = events[j]
    for (let k = 0; k < j; k++) {
      const first = events[k]
      if (first.sameAs || first.type !== later.type || first.sentence === later.sentence) continue
      if (first.mode && later.mode && first.mode !== later.mode) continue
      if ((first.modality === 'hypothetical') !== (later.modality === 'hypothetical')) continue
      if (first.count !== undefined && later.count !== undefined && first.count !== later.count) continue
      if (!sameTime(first.date, later.date, named)) continue
      if (first.actors.length && later.actors.length && !shares(first.actors, later.actors)) continue
      if (first.recipients.length && later.recipients.length && !shares(first.recipients, later.recipients)) continue
      const groups = (e: EventRecord) => (e.actors.length ? [] : words(e.actorSpans))
      const unnamed = (e: EventRecord) => e.actors.length === 0 && e.recipients.length === 0
      const common =
        shares(first.actors, later.actors) ||
        shares(first.recipients, later.recipients) ||
        shares(groups(first), groups(later)) ||
        // A place shared by the clauses, not the dateline or focus every event of the article falls back to.
        (first.locationRule === 'events/location-clause' &&
          later.locationRule === 'events/location-clause' &&
          first.location === later.location) ||
        unnamed(first) ||
        unnamed(later)
      if (!common) continue
      later.sameAs = first.id
      break
    }
  }
}

/**
 * Whether two mentions' dates can be one happening's: both named, one within the other ("2026-11" holds
 * "2026-11-23"); one named, in the same month as the other's (the publication day a mention without a date takes).
 */
function sameTime(a: string | undefined, b: string | undefined, named: (d?: string) => boolean): boolean {
  if (!a || !b || /W/.test(a) || /W/.test(b)) return true
  if (named(a) && named(b)) return a.startsWith(b) || b.startsWith(a)
  return !(named(a) || named(b)) || a.slice(0, 7) === b.slice(0, 7)
}

/** Merges a later trigger's arguments into the event of the same type in its sentence: new entities, new words. */
function mergeInto(target: EventRecord, other: EventRecord): void {
  const overlapsAny = (spans: Span[]) => (span: Span) => spans.some((s) => overlaps(s, span))
  for (const id of other.actors) if (!target.actors.includes(id)) target.actors.push(id)
  for (const span of other.actorSpans)
    if (!overlapsAny(target.actorSpans)(span) && !overlapsAny(target.recipientSpans)(span)) target.actorSpans.push(span)
  for (const id of other.recipients)
    if (!target.recipients.includes(id) && !target.actors.includes(id)) target.recipients.push(id)
  for (const span of other.recipientSpans)
    if (!overlapsAny(target.recipientSpans)(span) && !overlapsAny(target.actorSpans)(span))
      target.recipientSpans.push(span)
  target.mode ??= other.mode
  if (target.mode) target.score = ploverScore(target.type, target.mode)
  if (other.contexts)
    target.contexts = CONTEXTS.filter((c) => target.contexts?.includes(c) || other.contexts!.includes(c))
  if (other.locationRule === 'events/location-clause' && target.locationRule !== 'events/location-clause') {
    target.location = other.location
    target.locationRule = other.locationRule
  }
  target.count ??= other.count
}

/** The events stage. */
export const findEventsStage: Stage<'events'> = {
  layer: 'events',
  requires: ['tokens', 'sentences', 'paragraphs', 'entities', 'quotes', 'times', 'amounts', 'structure', 'places'],
  // The anchor, not the day of analysis: an undated article's events carry only the dates they write.
  run: (doc) => findEvents(doc, anchorOf(doc)?.day),
}
