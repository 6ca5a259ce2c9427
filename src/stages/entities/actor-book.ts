import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Entity, EntityLabel } from '../../doc/types.js'
import { ConfigError } from '../../errors.js'
import { nameKey, surnameOf } from './group-mentions.js'

/** A role held over a span of dates ("to" absent: still held). */
export interface ActorRole {
  title: string
  of?: string
  sector?: string
  from?: string
  to?: string
}

/** One known actor: how to recognise them and how to code them. */
export interface ActorRecord {
  name: string
  aliases?: string[]
  type?: EntityLabel
  country?: string
  /** Sector when no dated role applies (e.g. "ELI" for a former leader). */
  sector?: string
  roles?: ActorRole[]
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The actors Newsgraph knows by name (`actors/default.json`), plus any a user adds in a file of their own
 * (`{ "actors": [ … ] }`); a user's entry replaces a default one with the same name. Entities found in an article
 * take their country, sector and the roles held on the article's date from here, overriding what the text gave.
 */
export class ActorBook {
  private readonly byKey = new Map<string, ActorRecord>()
  private readonly bySurname = new Map<string, ActorRecord[]>()

  constructor(readonly records: readonly ActorRecord[]) {
    for (const record of records) {
      for (const name of [record.name, ...(record.aliases ?? [])]) this.byKey.set(nameKey(name), record)
      if ((record.type ?? 'PERSON') === 'PERSON') {
        const surname = nameKey(surnameOf(record.name))
        this.bySurname.set(surname, [
          ...(this.bySurname.get(surname) ?? []).filter((r) => r.name !== record.name),
          record,
        ])
      }
    }
  }

  /**
   * Reads and checks an actor file's JSON.
   * @throws ConfigError naming the first entry that is malformed and what was expected.
   */
  static parse(json: unknown, source: string): ActorBook {
    const list = (json as { actors?: unknown })?.actors
    if (!Array.isArray(list))
      throw new ConfigError(
        `${source}: expected {"actors": [ … ]}, instead found ${JSON.stringify(json)?.slice(0, 60)}`,
      )
    list.forEach((entry, i) => checkRecord(entry, `${source}: actors[${i}]`))
    return new ActorBook(list as ActorRecord[])
  }

  /** Reads an actor file from disk. @throws ConfigError when it is missing or malformed. */
  static load(path: string): ActorBook {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new ConfigError(
        `cannot read the actor file "${path}": ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      )
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`the actor file "${path}" is not valid JSON: ${(error as Error).message}`)
    }
    return ActorBook.parse(json, path)
  }

  /** A book with `other`'s entries added, replacing entries of the same name. */
  with(other: ActorBook): ActorBook {
    const replaced = new Set(other.records.map((r) => nameKey(r.name)))
    return new ActorBook([...this.records.filter((r) => !replaced.has(nameKey(r.name))), ...other.records])
  }

  private own: ActorBook | undefined

  /**
   * The book without the shipped entries (`actors/default.json`): the knowledge base holds those with all their
   * dated roles, so with it only a user's own entries pin an entity's coding.
   */
  ownEntries(): ActorBook {
    if (!this.own) {
      const shipped = new Set(defaultActorBook().records)
      this.own = this.records.some((r) => shipped.has(r))
        ? new ActorBook(this.records.filter((r) => !shipped.has(r)))
        : this
    }
    return this.own
  }

  /** The record for an entity: by its name or an alias; a one-word name by surname when only one actor has it. */
  find(entity: Pick<Entity, 'name' | 'aliases' | 'label'>): ActorRecord | undefined {
    for (const name of [entity.name, ...entity.aliases]) {
      const record = this.byKey.get(nameKey(name))
      if (record && (record.type ?? 'PERSON') === entity.label) return record
    }
    if (entity.label === 'PERSON' && !/\s/.test(entity.name)) {
      const candidates = this.bySurname.get(nameKey(entity.name)) ?? []
      if (candidates.length === 1) return candidates[0]
    }
    return undefined
  }
}

/** The roles of a record held on `date` (YYYY-MM-DD): started on or before it, not ended before it. */
export function rolesOn(record: ActorRecord, date: string | undefined): ActorRole[] {
  // An article of unknown date: only roles held for all time are known to hold ("president" since 2019 is not).
  if (date === undefined) return (record.roles ?? []).filter((r) => !r.from && !r.to)
  return (record.roles ?? []).filter((r) => (!r.from || r.from <= date) && (!r.to || date < r.to))
}

/**
 * Pins each entity the book knows: its country, its sector on `date`, and the roles it held then. Returns the
 * entities it coded.
 */
export function applyActorBook(entities: Entity[], book: ActorBook, date: string | undefined): Set<Entity> {
  const coded = new Set<Entity>()
  for (const entity of entities) {
    const record = book.find(entity)
    if (!record) continue
    coded.add(entity)
    entity.rule = 'actors/book'
    if (record.country) entity.country = record.country
    const held = rolesOn(record, date)
    entity.sector = held.find((r) => r.sector)?.sector ?? record.sector ?? entity.sector
    for (const role of held) {
      if (!entity.roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase()))
        entity.roles.push({ title: role.title, ...(role.of && { of: role.of }) })
    }
  }
  return coded
}

function checkRecord(entry: unknown, where: string): void {
  const r = entry as ActorRecord
  const fail = (what: string) => {
    throw new ConfigError(`${where}: ${what}`)
  }
  if (typeof r !== 'object' || r === null) fail('expected an object')
  if (typeof r.name !== 'string' || !r.name.trim()) fail('expected "name" to be a non-empty string')
  if (r.aliases !== undefined && (!Array.isArray(r.aliases) || r.aliases.some((a) => typeof a !== 'string')))
    fail('expected "aliases" to be a list of strings')
  if (r.country !== undefined && !/^[A-Z]{3}$/.test(r.country))
    fail(`expected "country" to be an ISO 3166 alpha-3 code such as "UKR", instead found ${JSON.stringify(r.country)}`)
  if (r.sector !== undefined && !/^[A-Z]{3}$/.test(r.sector))
    fail(
      `expected "sector" to be a three-letter PLOVER sector such as "GOV", instead found ${JSON.stringify(r.sector)}`,
    )
  for (const [i, role] of (r.roles ?? []).entries()) {
    if (typeof role?.title !== 'string') fail(`roles[${i}]: expected "title" to be a string`)
    for (const key of ['from', 'to'] as const) {
      if (role[key] !== undefined && !DATE.test(role[key] as string))
        fail(`roles[${i}]: expected "${key}" as YYYY-MM-DD, instead found ${JSON.stringify(role[key])}`)
    }
  }
}

let shared: ActorBook | undefined

/** The actor file shipped with Newsgraph (`actors/default.json`), loaded on first use. */
export function defaultActorBook(): ActorBook {
  shared ??= ActorBook.load(fileURLToPath(new URL('../../../actors/default.json', import.meta.url)))
  return shared
}
