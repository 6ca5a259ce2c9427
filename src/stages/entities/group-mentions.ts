import type { Entity, EntityLabel, Mention } from '../../doc/types.js'
import type { Places } from './places.js'

/** Lower-case particles that belong to a surname: "von der Leyen", "bin Salman", "de Gaulle". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'du',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'dos',
  'das',
  'ter',
  'zu',
])

/**
 * A spelling key that survives transliteration: "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenskii" all become
 * "zelensky"; accents are dropped ("Erdoğan" = "Erdogan").
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name)
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear()
    key = computeNameKey(name)
    keyCache.set(name, key)
  }
  return key
}

const keyCache = new Map<string, string>()

function computeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/(?:iy|yy|ii|ij|yi)\b/g, 'y')
    .replace(/kh/g, 'h')
}

/** The surname of a full name: the last word, with any particles before it ("Ursula von der Leyen" → "von der Leyen"). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/)
  let start = words.length - 1
  while (start > 1 && PARTICLES.has(words[start - 1].toLowerCase())) start--
  return words.slice(start).join(' ')
}

/** Initials of the capitalised words of a name: "European Union" → "EU", "North Atlantic Treaty Organization" → "NATO". */
export function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

function stripPossessive(text: string): string {
  return text.replace(/[’']s$/, '')
}

let counter = 0

function newEntity(label: EntityLabel, name: string): Entity {
  return { id: `e${++counter}`, name, label, mentions: [], aliases: [], roles: [], rule: 'entities/names', salience: 0 }
}

function addMention(entity: Entity, mention: Mention, kind: Entity['mentions'][number]['kind'], text: string): void {
  entity.mentions.push({ start: mention.start, end: mention.end, kind })
  if (kind === 'name' && text !== entity.name && !entity.aliases.includes(text)) entity.aliases.push(text)
}

/**
 * Groups the name mentions of one article into entities.
 * - People: a full name founds an entity; a surname, a transliteration ("Zelenskyy") or a first name alone joins
 *   the entity it names — the most recent one when two share a surname ("John Smith" … "Jane Smith" … "Smith").
 * - Places: every name of a country ("US", "U.S.", "America", "United States") is one entity; cities are by name.
 * - Organisations: an acronym joins the long form it abbreviates ("EU" = "European Union").
 * - Nationalities: "Ukrainian" is a demonym mention of Ukraine (the country entity is made when the article does
 *   not name it); other groups ("Europeans", "Muslims") are NORP entities of their own.
 * Types never merge: "Washington" the city and George Washington stay apart.
 */
export function groupMentions(text: string, mentions: readonly Mention[], places: Places): Entity[] {
  counter = 0
  const entities: Entity[] = []
  const byKey = new Map<string, Entity>()
  const people = new People()
  // Every spelling already resolved to a person: repeated mentions resolve in one lookup.
  const personByKey = new Map<string, Entity>()
  const slice = (m: Mention) => stripPossessive(text.slice(m.start, m.end))

  const keyed = (key: string, label: EntityLabel, name: string) => {
    let entity = byKey.get(key)
    if (!entity) {
      entity = newEntity(label, name)
      byKey.set(key, entity)
      entities.push(entity)
    }
    return entity
  }

  // Full names first, so that a surname in the headline finds the person named in full further down.
  const multi = (m: Mention) => (m.label === 'PERSON' && /\s/.test(slice(m)) ? 0 : 1)
  const ordered = mentions
    .map((m) => ({ m, rank: multi(m) }))
    .sort((a, b) => a.rank - b.rank || a.m.start - b.m.start)
    .map(({ m }) => m)
  for (const mention of ordered) {
    const name = slice(mention)
    switch (mention.label) {
      case 'PERSON': {
        const key = nameKey(name)
        const person =
          personByKey.get(key) ?? findPerson(name, mention.start, people) ?? pushPerson(name, entities, people)
        // A lone surname stays ambiguous while two people share it: resolve it afresh each time.
        if (/\s/.test(name) || people.withSurname(key).length <= 1) personByKey.set(key, person)
        addMention(person, mention, 'name', name)
        break
      }
      case 'GPE':
      case 'LOC': {
        const iso3 = places.country(name)
        const entity = iso3
          ? keyed(`country:${iso3}`, 'GPE', places.name(iso3))
          : keyed(`${mention.label}:${nameKey(name)}`, mention.label, name)
        if (iso3) entity.country = iso3
        addMention(entity, mention, 'name', name)
        break
      }
      case 'NORP': {
        const iso3 = places.demonym(name)
        if (iso3) {
          const entity = keyed(`country:${iso3}`, 'GPE', places.name(iso3))
          entity.country = iso3
          addMention(entity, mention, 'demonym', name)
        } else addMention(keyed(`NORP:${nameKey(name).replace(/s$/, '')}`, 'NORP', name), mention, 'name', name)
        break
      }
      case 'ORG': {
        const acronym = /^[\p{Lu}.]{2,6}$/u.test(name) ? name.replace(/\./g, '') : acronymOf(name)
        const existing =
          byKey.get(`ORG:${nameKey(name)}`) ?? (acronym.length >= 2 ? byKey.get(`ORG-acronym:${acronym}`) : undefined)
        const entity = existing ?? keyed(`ORG:${nameKey(name)}`, 'ORG', name)
        if (acronym.length >= 2 && !byKey.has(`ORG-acronym:${acronym}`)) byKey.set(`ORG-acronym:${acronym}`, entity)
        // The long form names the entity: "European Union" rather than "EU".
        if (name.length > entity.name.length && /\s/.test(name)) {
          if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name)
          entity.name = name
        }
        addMention(entity, mention, 'name', name)
        break
      }
      default:
        addMention(keyed(`${mention.label}:${nameKey(name)}`, mention.label, name), mention, 'name', name)
    }
  }
  for (const entity of entities) {
    entity.mentions.sort((a, b) => a.start - b.start)
    entity.aliases = entity.aliases.filter((a) => a !== entity.name)
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start)
}

const surnameKeys = new WeakMap<Entity, string>()

/** The name key of a person's surname, computed once per entity. */
function surnameKeyOf(person: Entity): string {
  let key = surnameKeys.get(person)
  if (key === undefined) {
    key = nameKey(surnameOf(person.name))
    surnameKeys.set(person, key)
  }
  return key
}

/**
 * The people of an article, in the order they were found, indexed by the keys `findPerson` matches on: a name is
 * looked up, not compared with every person before it (an article naming thousands of people stays linear).
 */
class People {
  private readonly order = new Map<Entity, number>()
  /** Every person by `surnameKeyOf`. */
  private readonly bySurname = new Map<string, Entity[]>()
  /** People named in full, by the key of their last word and of their first word. */
  private readonly byLastWord = new Map<string, Entity[]>()
  private readonly byFirstWord = new Map<string, Entity[]>()

  add(person: Entity): void {
    this.order.set(person, this.order.size)
    push(this.bySurname, surnameKeyOf(person), person)
    if (!/\s/.test(person.name)) return
    push(this.byLastWord, nameKey(person.name.slice(person.name.lastIndexOf(' ') + 1)), person)
    push(this.byFirstWord, nameKey(person.name.split(' ')[0]), person)
  }

  /** The people whose surname has this key, in the order found. */
  withSurname(key: string): readonly Entity[] {
    return this.bySurname.get(key) ?? []
  }

  /** The people named in full whose surname or last word has this key, in the order found. */
  namedInFullAs(key: string): Entity[] {
    const found = new Set([
      ...this.withSurname(key).filter((p) => /\s/.test(p.name)),
      ...(this.byLastWord.get(key) ?? []),
    ])
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!)
  }

  /** The people named in full whose first name has this key. */
  firstNamed(key: string): readonly Entity[] {
    return this.byFirstWord.get(key) ?? []
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function pushPerson(name: string, entities: Entity[], people: People): Entity {
  const entity = newEntity('PERSON', name)
  entities.push(entity)
  people.add(entity)
  return entity
}

/**
 * The person a name refers to: the same full name, or a full name whose surname (or, when only one person has it,
 * first name) matches a one-word mention. Among several with the same surname, the one mentioned last before
 * `at` wins, else the first.
 */
function findPerson(name: string, at: number, people: People): Entity | undefined {
  const key = nameKey(name)
  if (/\s/.test(name) && !PARTICLES.has(name.split(' ')[0].toLowerCase())) {
    // A different full name: only the same surname with a matching first initial is the same person ("V. Zelensky").
    const [first] = name.split(' ')
    if (!/^\p{Lu}\.?$/u.test(first)) return undefined
    return people.withSurname(nameKey(surnameOf(name))).find((p) => p.name.startsWith(first[0]))
  }
  const bySurname = people.namedInFullAs(key)
  if (bySurname.length > 0) return latestBefore(bySurname, at) ?? bySurname[0]
  const byFirst = people.firstNamed(key)
  return byFirst.length === 1 ? byFirst[0] : undefined
}

function latestBefore(candidates: readonly Entity[], at: number): Entity | undefined {
  let best: Entity | undefined
  let bestAt = -1
  for (const c of candidates) {
    for (const m of c.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [c, m.start]
  }
  return best
}
