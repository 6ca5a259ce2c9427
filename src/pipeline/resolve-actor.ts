import { defaultKnowledgeBase, type KbActor, type KnowledgeBase } from '../actors/knowledge-base.js'
import { overlaps } from '../doc/span.js'
import type { Entity, EntityLabel } from '../doc/types.js'
import type { ActorBook } from '../stages/entities/actor-book.js'
import { sectorOfTitle } from '../stages/entities/actor-codes.js'
import { roleNounOf } from '../stages/entities/find-roles.js'
import { defaultPlaces, type Places } from '../stages/entities/places.js'
import { analyzeDoc } from './analyze.js'

/** An actor string resolved the way the pipeline codes actors. */
export interface ResolvedActor {
  name: string
  type: EntityLabel
  country: string | null
  sector: string | null
  roles: { title: string; of?: string }[]
  /** The knowledge base's id, when it knows the actor. */
  actorId?: string
  /** What coded it: a knowledge-base source, "agent" (nationality + agent noun), or "entities/text". */
  rule?: string
}

/** Options for `resolveActor`. */
export interface ResolveActorOptions {
  /**
   * A sentence the text occurs in (titles, appositives and pronouns then count), or words naming the countries
   * the text is about ("Mexico", "Mexican"), which choose between actors of the same name.
   */
  context?: string
  /** The date roles are read at (YYYY-MM-DD); default today. */
  date?: string
  actors?: ActorBook
}

/** Words that only count or describe a group: "two", "ordinary", "a group of". */
const QUANTIFIER = new RegExp(
  `^(?:${[
    'a|an|the|two|three|four|five|six|seven|eight|nine|ten',
    '\\d+|several|some|many|dozens?|hundreds?|thousands?|ordinary|local|other|both|all',
    'group|team|of|over|about|more|than|few|unidentified|unknown|current|former',
    'ex|retired|top|senior|heavily|armed',
  ].join('|')})$`,
)

/**
 * Resolves one actor string ("Kremlin spokesperson Dmitry Peskov", "Ukraine's air force", "Russian soldiers")
 * by running the pipeline over it (or over `context`), then taking the entity it names, coded by the actor
 * knowledge base where it knows the name. A nationality or country with an agent noun is a group of that
 * country coded by PLOVER's agents: "two Chinese warplanes" → CHN/MIL, "Mexican authorities" → MEX/GOV; a
 * nationality alone in the plural is its civilians: "ordinary Kazakhs" → KAZ/CVL.
 * @example resolveActor('the Kremlin') // { name: 'Kremlin', type: 'ORG', country: 'RUS', sector: 'GOV', … }
 */
export function resolveActor(text: string, options: ResolveActorOptions = {}): ResolvedActor {
  const kb = defaultKnowledgeBase()
  const places = defaultPlaces()
  const inContext = options.context?.includes(text) ?? false
  const contextCountries = options.context && !inContext ? countriesIn(options.context, places, kb) : []
  const source = inContext ? options.context! : text
  const doc = analyzeDoc(
    source,
    // A question about an actor, not an article: with no date given, its roles are read as of today (documented).
    { published: options.date ?? new Date().toISOString().slice(0, 10) },
    {
      stageOptions: {
        ...(options.actors && { actors: options.actors }),
        ...(contextCountries.length && { contextCountries }),
      },
    },
  )
  const date = options.date ?? doc.meta.published?.slice(0, 10)
  const at = doc.text.indexOf(text.trim())
  const span = at >= 0 ? { start: at, end: at + text.trim().length } : { start: 0, end: doc.text.length }
  const named = doc.entities.filter((e) => e.mentions.some((m) => overlaps(m, span) && m.kind !== 'pronoun'))
  const rank: Partial<Record<EntityLabel, number>> = { PERSON: 0, ORG: 1, NORP: 2, GPE: 3, LOC: 4 }
  named.sort((a, b) => (rank[a.label] ?? 5) - (rank[b.label] ?? 5) || Number(!!b.actorId) - Number(!!a.actorId))
  const head = named[0]
  const phrase = doc.text
    .slice(span.start, span.end)
    .replace(/^the\s+/i, '')
    .trim()
  if (head?.label === 'PERSON' && head.actorId) return fromEntity(head)
  // The whole phrase, or what follows its possessor ("Russia's Baltic Fleet" → "Baltic Fleet").
  const owned = /^(.+?)[’']s?\s+(.+)$/u.exec(phrase)
  const whole = kb
    ? (knownPhrase(kb, phrase, date, contextCountries) ??
      (owned ? knownOwned(kb, owned[2], date, countriesIn(owned[1], places, kb)) : undefined))
    : undefined
  if (whole) return whole
  const officer = kb ? officerOf(kb, phrase, date, contextCountries) : undefined
  if (officer) return officer
  // "Chile's Defense Department": a body the base files under another country is the possessor's, by its agent.
  const owners = owned ? countriesIn(owned[1], places, kb) : []
  const ownedElsewhere = owners.length > 0 && !owners.includes(head?.country ?? '')
  // A body the tagger took for a place ("al-Shabaab militants") is still the body: it has a sector, a place none.
  const body = head?.actorId && (head.label !== 'GPE' || head.sector)
  if (body && !ownedElsewhere) return fromEntity(head)
  const agent =
    staffOf(withoutPlace(phrase), kb) ?? (owned && OFFICE_OF.test(owned[2]) ? agentOf(owned[1], kb) : undefined)
  const country =
    countryOfWords(phrase, places, kb) ??
    (head && head.label !== 'PERSON' ? head.country : undefined) ??
    contextCountries[0]
  // An organisation the knowledge base does not know is coded by the agent it is named for ("central bank").
  const namedFor = head?.label === 'ORG' && head.name.toLowerCase().includes(agent?.noun ?? '\0')
  if (agent && head?.label !== 'PERSON' && (!namedFor || (agent.fromAgents && !head?.sector)))
    return group(phrase, agent, country ?? head?.country)
  if (agent?.fromAgents && namedFor && head) {
    const named = fromEntity(head)
    const own = ownedElsewhere ? owners[0] : (named.country ?? country)
    return { ...named, country: own ?? null, sector: agent.sector ?? head.sector ?? null }
  }
  const people =
    !head || head.label === 'NORP' || head.label === 'GPE' ? nationalityPlural(phrase, places, kb) : undefined
  if (people) return { name: phrase, type: 'NORP', country: people, sector: 'CVL', roles: [], rule: 'agent/people' }
  if (head) return fromEntity(head)
  return {
    name: phrase,
    type: 'ORG',
    country: country ?? null,
    sector: null,
    roles: [],
  }
}

/** What a person's or body's own staff is called: "the president's office" acts for the president. */
const OFFICE_OF = /^(?:office|staff|aides?|spokes(?:man|woman|person)|press office|administration|cabinet)$/i

/** The phrase without a place it ends with: "people in the UK" → "people", "Muslim leaders in France". */
function withoutPlace(phrase: string): string {
  return phrase.replace(/\s+(?:in|from|across|of)\s+(?:the\s+)?\p{Lu}[\p{L}.\s-]*$/u, '').trim() || phrase
}

/**
 * The agent of a phrase, but a body's spokesman or staff acts for the body: "a Foreign Ministry spokesman" is GOV
 * (PLOVER's agents file a spokesperson alone under JRN). "retired", "former" before an agent of public office make a
 * former official: ELI ("a retired colonel", PLOVER's RETIRED_* and FORMER_* agents).
 */
function staffOf(phrase: string, kb: KnowledgeBase | null): ReturnType<typeof agentOf> {
  const agent = agentOf(phrase, kb)
  if (!agent) return undefined
  const words = phrase.split(/\s+/)
  const nounWords = agent.noun.split(/\s+/).length
  if (OFFICE_OF.test(agent.noun) && words.length > nounWords) {
    const body = agentOf(words.slice(0, -nounWords).join(' '), kb)
    if (body?.sector && body.sector !== 'JRN') return { ...body, noun: agent.noun }
  }
  if (/\b(?:former|retired|ex)\b/i.test(phrase) && agent.sector && PUBLIC_OFFICE.has(agent.sector))
    return { ...agent, sector: 'ELI' }
  return agent
}

/** Sectors of public office, whose former holders PLOVER codes ELI. */
const PUBLIC_OFFICE = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY'])

function fromEntity(entity: Entity): ResolvedActor {
  return {
    name: entity.name,
    type: entity.label,
    country: entity.country ?? null,
    sector: entity.sector ?? null,
    roles: entity.roles,
    ...(entity.actorId && { actorId: entity.actorId }),
    ...(entity.rule && { rule: entity.rule }),
  }
}

/** The whole phrase as a name the knowledge base knows: "Northern Fleet", "FSB", "Riigikogu", "The DEA". */
function knownPhrase(
  kb: KnowledgeBase,
  phrase: string,
  date: string | undefined,
  contextCountries: readonly string[],
): ResolvedActor | undefined {
  const actor: KbActor | undefined = kb.find(phrase, 'ANY', date, contextCountries)
  if (!actor) return undefined
  const coding = kb.codeOn(actor, date)
  return {
    name: actor.name,
    type: actor.type,
    country: coding.country ?? null,
    sector: coding.sectors[0] ?? null,
    roles: coding.roles.flatMap((r) => (r.title ? [{ title: r.title }] : [])),
    actorId: actor.id,
    rule: coding.rule,
  }
}

/**
 * "president of the Riigikogu", "Secretary-General of the United Nations": an officer of a body the base knows acts
 * for it and takes its sector (PLOVER's agents: a senate president is LEG, a party president PTY).
 */
function officerOf(
  kb: KnowledgeBase,
  phrase: string,
  date: string | undefined,
  contextCountries: readonly string[],
): ResolvedActor | undefined {
  const parts = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(phrase)
  if (!parts || !roleNounOf(parts[1].toLowerCase())) return undefined
  const body = knownPhrase(kb, parts[2], date, contextCountries)
  if (body?.type !== 'ORG' || !body.sector) return undefined
  return {
    name: phrase,
    type: 'PERSON',
    country: body.country,
    sector: body.sector,
    roles: [{ title: parts[1], of: body.name }],
    rule: `agent/officer-of+${body.rule}`,
  }
}

/** "Baltic Fleet" of "Russia's Baltic Fleet": known, and of the possessor's country when it names one. */
function knownOwned(
  kb: KnowledgeBase,
  owned: string,
  date: string | undefined,
  owners: readonly string[],
): ResolvedActor | undefined {
  const found = knownPhrase(kb, owned, date, owners)
  return found && (owners.length === 0 || owners.includes(found.country ?? '')) ? found : undefined
}

/** The agent noun phrase a phrase ends with, and its sector: PLOVER's agents first, then the role titles. */
function agentOf(
  phrase: string,
  kb: KnowledgeBase | null,
): { noun: string; sector?: string; fromAgents?: boolean } | undefined {
  const words = phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .filter(Boolean)
  const from = Math.max(0, words.length - 4)
  for (let k = from; k < words.length; k++) {
    const tail = words.slice(k).join(' ')
    const sectors = kb?.agent(tail)
    if (sectors?.length) return { noun: tail, sector: sectors[0], fromAgents: true }
  }
  for (let k = from; k < words.length; k++) {
    const noun = roleNounOf(words.slice(k).join(' '))
    if (noun) return { noun, sector: sectorOfTitle(noun) }
  }
  return undefined
}

function group(phrase: string, agent: { noun: string; sector?: string }, country: string | undefined): ResolvedActor {
  return {
    name: phrase,
    type: /s$/.test(agent.noun) && agent.noun !== 'forces' ? 'NORP' : 'ORG',
    country: country ?? null,
    sector: agent.sector ?? null,
    roles: [],
    rule: 'agent',
  }
}

/** The first country a word of the phrase names or is the nationality of. */
function countryOfWords(phrase: string, places: Places, kb: KnowledgeBase | null): string | undefined {
  // Hyphens split too: "a Somalia-based group".
  // A backer is not the group's country: "Iran-backed militias", "Russian-backed rebels" fight elsewhere.
  const words = phrase
    .replace(/\S+-(?:backed|supported|sponsored|allied|aligned)\b/giu, ' ')
    .split(/[\s’'-]+/)
    .map((w) => w.replace(/[^\p{L}.]/gu, ''))
  for (let n = 3; n >= 1; n--) {
    for (let k = 0; k + n <= words.length; k++) {
      const part = words.slice(k, k + n).join(' ')
      if (!part || !/^\p{Lu}/u.test(part)) continue
      const found = places.country(part) ?? places.demonym(part) ?? kb?.country(part) ?? kb?.placeCountry(part)
      if (found) return found
    }
  }
  return undefined
}

/** "ordinary Kazakhs", "Kazakhs": a nationality in the plural with nothing but counting words before it. */
function nationalityPlural(phrase: string, places: Places, kb: KnowledgeBase | null): string | undefined {
  const words = phrase.split(/\s+/)
  const last = words.at(-1) ?? ''
  if (!/s$/.test(last) || words.slice(0, -1).some((w) => !QUANTIFIER.test(w.toLowerCase()))) return undefined
  return places.demonym(last) ?? kb?.country(last)
}

/** Countries a context names: "Mexico", "Mexican", "in Somalia". */
function countriesIn(context: string, places: Places, kb: KnowledgeBase | null): string[] {
  const found = new Set<string>()
  const whole = places.country(context.trim()) ?? kb?.country(context.trim())
  if (whole) found.add(whole)
  for (const word of context.split(/[^\p{L}.-]+/u)) {
    if (!word) continue
    const iso3 = places.country(word) ?? places.demonym(word) ?? kb?.country(word)
    if (iso3) found.add(iso3)
  }
  return [...found]
}
