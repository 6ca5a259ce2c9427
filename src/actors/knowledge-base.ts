import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sharedTable } from '../model/shared-tables.js'
import { KbFile, type KbRow, lineStarts, writeKbFile } from './kb-file.js'

/** PLOVER/CAMEO sector codes (the rest of a dictionary code's three-letter parts are countries or regions). */
export const SECTORS = new Set(
  (
    'GOV MIL REB OPP PTY COP JUD LEG SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED HLH REF REL SOC PRE IGO NGO ' +
    'IMG MNC NGM PRM SEP INS RAD HRI ENV DEV MOD CHR MUS JEW HIN BUD IRC'
  ).split(' '),
)

/** Codes that stand first for an international body instead of a country ("IGOUNO", "NGOHRI"). */
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM'])

/** A role an actor held from `from` (inclusive) to `to` (exclusive), with its country and sectors. */
export interface KbRole {
  country?: string
  sectors: string[]
  from?: string
  to?: string
  title?: string
  of?: string
}

/** One actor of the knowledge base. */
export interface KbActor {
  /** Stable id: "kb:" and a slug of the name, unique in the base. */
  id: string
  name: string
  type: 'PERSON' | 'ORG' | 'GPE'
  country?: string
  /** Sectors when no dated role holds: "ELI" for a former leader, "PTY" for a party. */
  sectors: string[]
  gender?: 'm' | 'f'
  aliases: string[]
  roles: KbRole[]
  /** Where the entry comes from: "phoenix/countries", "curated", … */
  source: string
}

/** What the build compiles (`compileKnowledgeBase`): the rows, PLOVER's agents and NGEC's country table. */
export interface KbData {
  notice: string
  actors: KbRow[]
  /** Agent phrase (lower case) → sector codes, from PLOVER's agents ("defence minister" → "GOVMIL"). */
  agents: Record<string, string>
  /** [ISO3, name, nationality words] from NGEC's country table. */
  countries: [string, string, string[]][]
}

/** Dictionary country codes that differ from the ISO-style codes used elsewhere (Kosovo: KSV → XKX). */
const COUNTRY_CODES: Readonly<Record<string, string>> = { KSV: 'XKX', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS' }

/** A dictionary code read into country and sectors: "DEUGOV" → DEU [GOV]; "IGOUNO" → UNO [IGO]. */
export function readCode(code: string): { country?: string; sectors: string[] } {
  const parts = code.match(/[A-Z]{3}/g) ?? []
  const first = parts[0]
  if (first === undefined) return { sectors: [] }
  if (INTERNATIONAL.has(first)) {
    const region = parts.slice(1).find((p) => !SECTORS.has(p))
    return { ...(region && { country: region }), sectors: [first === 'IMG' ? 'REB' : first] }
  }
  if (SECTORS.has(first)) return { sectors: parts }
  return { country: COUNTRY_CODES[first] ?? first, sectors: parts.slice(1).filter((p) => SECTORS.has(p)) }
}

/** Lower case, accents and punctuation folded, "the" and courtesy titles dropped: the key names are found by. */
export function kbKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|mr|mrs|ms|dr|sir|dame|madam|madame|monsieur|mister|miss) /, '')
}

const LOOSE_TYPES: Record<string, readonly string[]> = {
  PERSON: ['PERSON'],
  ORG: ['ORG', 'GPE'],
  GPE: ['GPE', 'ORG'],
  NORP: ['ORG', 'GPE'],
  LOC: ['GPE'],
  FAC: ['ORG'],
  MISC: ['ORG'],
}

/** What the knowledge base says of an actor on a date. */
export interface KbCoding {
  actor: KbActor
  country?: string
  sectors: string[]
  roles: KbRole[]
  /** "kb/<source>": the entry's source; "+former" when the sector is ELI because every role has ended. */
  rule: string
}

/** The actor knowledge base: names and variants → actors, with their dated roles. */
export class KnowledgeBase {
  private readonly file: KbFile
  private readonly decoded = new Map<number, KbActor>()
  private readonly agents: Readonly<Record<string, string>>
  private readonly countryNames = new Map<string, string>()
  private readonly nationalities = new Map<string, string>()

  /** Reads a compiled file's bytes (`compileKnowledgeBase`); `starts`, its line starts, when another thread has them. */
  constructor(bytes: Uint8Array, starts?: Uint32Array) {
    this.file = new KbFile(bytes, starts)
    const { agents, countries } = this.file.header
    this.agents = agents
    for (const [iso3, name, nationality] of countries) {
      this.countryNames.set(kbKey(name), iso3)
      for (const n of nationality) this.nationalities.set(kbKey(n), iso3)
    }
  }

  /** Actor `i` of the base, decoded on first use. */
  private actor(i: number): KbActor {
    let actor = this.decoded.get(i)
    if (!actor) {
      actor = decodeRow(this.file.row(i))
      this.decoded.set(i, actor)
    }
    return actor
  }

  /** The actor with this id. */
  get(id: string): KbActor | undefined {
    const [i] = this.file.lookup('ids', id)
    return i === undefined ? undefined : this.actor(i)
  }

  /** Every actor a name or variant may be, in the base's order (curated entries first). */
  candidates(name: string): KbActor[] {
    return this.file.lookup('names', kbKey(name)).map((i) => this.actor(i))
  }

  /**
   * The actor `name` most likely is: of a type compatible with `label`, holding a role on `date`, of one of the
   * `contextCountries` when several fit. Undefined when nothing fits or when the name is shared by actors of
   * different countries and nothing in the context chooses between them.
   */
  find(name: string, label: string, date?: string, contextCountries: readonly string[] = []): KbActor | undefined {
    const types = LOOSE_TYPES[label] ?? ['PERSON', 'ORG', 'GPE']
    let all = this.candidates(name).filter((a) => types.includes(a.type))
    // A person's name spelt another way ("Rajapaksa" for "Rajapakse", "Nauseda" for "Nausėda"): by its skeleton.
    if (all.length === 0 && types.includes('PERSON') && /\s/.test(name.trim()))
      all = this.file.lookup('skeletons', skeleton(name)).map((i) => this.actor(i))
    if (all.length === 0 && types.includes('PERSON')) all = this.byShortenedName(name)
    // A generic name ("Defense Department", "the army") is one country's body only where that country is named;
    // an international body of that name ("Security Council") is the one news means.
    if (this.agent(name))
      all = all.filter((a) => a.sectors.includes('IGO') || contextCountries.includes(countryOf(a, date) ?? ''))
    const oneWord = /^\p{Lu}[\p{L}'’-]+$/u.test(name.trim())
    if (all.length === 0 && types.includes('PERSON') && date && oneWord) return this.onlyHolder(name, date)
    if (oneWord && all.length > 0 && all.every((a) => a.type === 'PERSON')) {
      // "Kosk" as a variant of one Kosk: not while another Kosk holds an office then.
      const namesakes = this.holdersOf(name, date).filter((a) => !all.includes(a))
      if (namesakes.length) return undefined
    }
    if (all.length <= 1) return all[0]
    const inContext = all.filter((a) => contextCountries.includes(countryOf(a, date) ?? ''))
    const pool = inContext.length ? inContext : all
    const active = date ? pool.filter((a) => a.roles.some((r) => holds(r, date))) : []
    const current = active.length ? active : pool
    // The curated entries are kept up to date; the dictionaries stop in 2014: one curated candidate wins.
    const curated = current.filter((a) => a.source.startsWith('curated'))
    const ranked = new Set(curated.map((a) => kbKey(a.name))).size === 1 ? curated : current
    // Several people of one name are several people (the Clintons), unless one entry is the same name twice.
    const people = new Set(ranked.filter((a) => a.type === 'PERSON').map((a) => kbKey(a.name)))
    if (people.size > 1) return undefined
    const countries = new Set(ranked.map((a) => countryOf(a, date)))
    // One country among the candidates (one person's several entries, or one body's): the first, curated first.
    if (countries.size === 1) return ranked[0]
    return inContext.length ? ranked[0] : undefined
  }

  /**
   * A person's name with a middle name more or less ("Joseph Robinette Biden" → "Joseph Biden") or with an initial
   * for the given name ("J. Biden"): the people whose first and last names agree.
   */
  private byShortenedName(name: string): KbActor[] {
    const words = kbKey(name).split(' ')
    if (words.length < 2) return []
    const first = words[0]
    const last = words.at(-1) ?? ''
    const people = this.holdersOf(last, undefined).filter((a) => {
      const own = kbKey(a.name).split(' ')
      return first.length === 1 ? own[0]?.[0] === first : own[0] === first && own.length !== words.length
    })
    return people
  }

  /**
   * "Museveni", "Hicks" on a date: the one person of that surname who held an office then; undefined when there
   * are none or several (the Clintons).
   */
  private onlyHolder(surname: string, date: string): KbActor | undefined {
    const holders = this.holdersOf(surname, date)
    const curated = holders.filter((a) => a.source.startsWith('curated'))
    const pick = new Set(curated.map((a) => kbKey(a.name))).size === 1 ? curated : holders
    return new Set(pick.map((a) => kbKey(a.name))).size === 1 ? pick[0] : undefined
  }

  /** The people of a surname holding an office on `date` (any date: all of them). */
  private holdersOf(surname: string, date: string | undefined): KbActor[] {
    return this.file
      .lookup('surnames', kbKey(surname))
      .map((i) => this.actor(i))
      .filter((a) => !date || a.roles.some((r) => holds(r, date) && !r.sectors.includes('ELI')))
  }

  /** Country, sectors and roles of an actor on `date` (YYYY-MM-DD; default today). */
  codeOn(actor: KbActor, date = new Date().toISOString().slice(0, 10)): KbCoding {
    const held = actor.roles.filter((r) => holds(r, date))
    // The source's kind, not its note: "kb/curated", "kb/phoenix/countries".
    const rule = `kb/${actor.source.split(':')[0]}`
    // Of several roles held at once, the one that started last (a new office over a standing party seat).
    const current = [...held].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
    const preferred = current.find((r) => !r.sectors.includes('ELI')) ?? current[0]
    if (preferred) {
      return {
        actor,
        country: preferred.country ?? actor.country,
        sectors: preferred.sectors.length ? preferred.sectors : actor.sectors,
        roles: held,
        rule,
      }
    }
    const ended = actor.roles.some((r) => r.to && r.to <= date && r.sectors.some((s) => OFFICE.has(s)))
    const sectors = actor.sectors.length ? actor.sectors : ended && actor.type === 'PERSON' ? ['ELI'] : []
    return {
      actor,
      country: actor.country ?? actor.roles.at(-1)?.country,
      sectors,
      roles: [],
      rule: !actor.sectors.length && ended ? `${rule}+former` : rule,
    }
  }

  /** Sectors of an agent phrase by PLOVER's agents ("authorities" → GOV, "warplanes" → MIL). */
  agent(phrase: string): string[] | undefined {
    const key = kbKey(phrase)
    const own = (k: string) => (Object.hasOwn(this.agents, k) ? this.agents[k] : undefined)
    const code = own(key) ?? own(singular(key))
    return code === undefined ? undefined : (code.match(/[A-Z]{3}/g) ?? [])
  }

  /** ISO3 of a place the base files under a country ("Scotland" → GBR), when the name is one place only. */
  placeCountry(name: string): string | undefined {
    const places = this.candidates(name).filter((a) => a.type === 'GPE')
    return places.length === 1 ? places[0].country : undefined
  }

  /** ISO3 of a country name or nationality word by NGEC's table ("Kazakhs" → KAZ). */
  country(word: string): string | undefined {
    const key = kbKey(word)
    return this.countryNames.get(key) ?? this.nationalities.get(key)
  }
}

/** Sectors of public office: a person whose every such role has ended is a former official (ELI). */
const OFFICE = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY'])

function holds(role: KbRole, date: string): boolean {
  return (!role.from || role.from <= date) && (!role.to || date < role.to)
}

function countryOf(actor: KbActor, date?: string): string | undefined {
  const role = date ? actor.roles.find((r) => holds(r, date) && r.country) : undefined
  return role?.country ?? actor.country ?? actor.roles.find((r) => r.country)?.country
}

/**
 * A name's skeleton for spellings that differ in vowels, doubled letters and common transliterations:
 * "Mahinda Rajapaksa" and "Mahinda Rajapakse" → "mhnd rjpks".
 */
export function skeleton(name: string): string {
  return kbKey(name)
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?=[aou])/g, 'k')
    .replace(/[yj](?=[aeiou])/g, 'j')
    .split(' ')
    .map((w) => w[0] + w.slice(1).replace(/[aeiouyw]/g, ''))
    .map((w) => w.replace(/(.)\1+/g, '$1'))
    .join(' ')
}

/** "warplanes" → "warplane", "authorities" → "authority", "police" stays. */
export function singular(key: string): string {
  const words = key.split(' ')
  const last = words.at(-1) ?? ''
  let one = last
  if (/ies$/.test(last) && last.length > 4) one = `${last.slice(0, -3)}y`
  else if (/(?:ch|sh|ss|x)es$/.test(last)) one = last.slice(0, -2)
  else if (/men$/.test(last)) one = `${last.slice(0, -3)}man`
  else if (/[^su]s$/.test(last)) one = last.slice(0, -1)
  words[words.length - 1] = one
  return words.join(' ')
}

/** A file row as an actor: codes read into countries and sectors. */
function decodeRow([id, name, type, country, sectors, gender, aliases, roles, source]: KbRow): KbActor {
  return {
    id,
    name,
    type: type as KbActor['type'],
    ...(country && { country: COUNTRY_CODES[country] ?? country }),
    sectors: sectors.match(/[A-Z]{3}/g) ?? [],
    ...((gender === 'm' || gender === 'f') && { gender }),
    aliases,
    roles: roles.map(([code, from, to, title, of]) => {
      const read = readCode(code)
      return {
        ...(read.country && { country: read.country }),
        sectors: read.sectors,
        ...(from && { from }),
        ...(to && { to }),
        ...(title && { title }),
        ...(of && { of }),
      }
    }),
    source,
  }
}

/**
 * The file's bytes for the build's data, with every key made now: each name and variant (`kbKey`), each person's
 * surname and the skeletons of their names of several words.
 */
export function compileKnowledgeBase(data: KbData): Uint8Array {
  const names = new Map<string, number[]>()
  const surnames = new Map<string, number[]>()
  const skeletons = new Map<string, number[]>()
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key)
    if (!list) map.set(key, [i])
    else if (!list.includes(i)) list.push(i)
  }
  data.actors.forEach(([, name, type, , , , aliases], i) => {
    for (const n of [name, ...aliases]) {
      add(names, kbKey(n), i)
      if (type === 'PERSON' && /\s/.test(n.trim())) add(skeletons, skeleton(n), i)
    }
    if (type === 'PERSON') add(surnames, kbKey(name).split(' ').at(-1) ?? '', i)
  })
  return writeKbFile({ ...data, names, surnames, skeletons })
}

const KB_FILE = fileURLToPath(new URL('../../models/actors.kb', import.meta.url))
let shared: KnowledgeBase | null | undefined

/**
 * The knowledge base shipped in `models/actors.kb`, read on first use. Its bytes and line table are shared between
 * the threads of an ingest or a server like the other models, and read where they lie: a thread decodes only the
 * actors it looks up. Null when the file is absent (a checkout before `npm run train:actors`): entities are then
 * coded from the article alone.
 */
export function defaultKnowledgeBase(): KnowledgeBase | null {
  if (shared !== undefined) return shared
  if (!existsSync(KB_FILE)) {
    shared = null
    return shared
  }
  const bytes = sharedTable('models/actors.kb', () => new Uint8Array(readFileSync(KB_FILE)))
  shared = new KnowledgeBase(
    bytes,
    sharedTable('models/actors.kb#lines', () => lineStarts(bytes)),
  )
  return shared
}
