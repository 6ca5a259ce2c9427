// Builds models/actors.kb, the actor knowledge base, from the Phoenix actor and agent dictionaries, NGEC's
// country table (../shared/data/events/reference-dictionaries; MIT, Open Event Data Alliance) and the team's
// curated file (actors/curated.txt) plus actors/default.json. Run: npm run train:actors
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type CuratedActor, parseCurated, parseCuratedAgents } from '../src/actors/curated.js'
import { compileKnowledgeBase, type KbData, kbKey, SECTORS } from '../src/actors/knowledge-base.js'
import {
  type PhoenixActor,
  parseActorFile,
  parseAgentFile,
  parseCountryTable,
  ploverCode,
} from '../src/actors/phoenix-dictionary.js'

const DICTS = fileURLToPath(new URL('../../shared/data/events/reference-dictionaries/', import.meta.url))
const ROOT = fileURLToPath(new URL('../', import.meta.url))
if (!existsSync(DICTS)) {
  console.error(`train:actors: the reference dictionaries are not at ${DICTS}; nothing built`)
  process.exit(1)
}
const read = (name: string) => readFileSync(DICTS + name, 'utf8')

type Row = KbData['actors'][number]
type RoleRow = Row[7][number]

/** Words that make a dictionary entry an organisation rather than a person. */
const ORG_WORD = new RegExp(
  `\\b(?:${[
    'ministry|party|army|council|service|services|agency|department|office|bank',
    'court|police|forces?|front|movement|union|committee|commission|government|assembly',
    'parliament|congress|senate|navy|guard|brigades?|organi[sz]ation|group|league|association',
    'institute|university|company|corporation|fund|authority|command|house|kremlin|cabinet',
    'administration|junta|federation|alliance|coalition|council|network|mission|republic|state',
    'people|tribe|clan|militia|regime|fleet|corps|academy|centre|center',
    'bureau|board|agency|directorate|legion|brotherhood|jihad|tigers|liberation|revolutionary',
    'national|islamic|popular|democratic',
  ].join('|')})\\b`,
  'i',
)

function typeOf(actor: PhoenixActor): 'PERSON' | 'ORG' | 'GPE' {
  if (actor.codes.every((c) => /^[A-Z]{3}$/.test(c.code) && !SECTORS.has(c.code))) return 'GPE'
  const words = actor.name.split(' ')
  const personish =
    words.length >= 2 &&
    words.length <= 5 &&
    !ORG_WORD.test(actor.name) &&
    actor.codes.some((c) => c.from || c.to || c.code.endsWith('ELI'))
  return personish ? 'PERSON' : 'ORG'
}

/** The dictionary entry as a knowledge-base row: dated codes become roles, undated ones its standing code. */
function fromPhoenix(actor: PhoenixActor, source: string): Omit<Row, never> {
  const type = typeOf(actor)
  const dated = actor.codes.filter((c) => c.from || c.to)
  const undated = actor.codes.filter((c) => !c.from && !c.to)
  const standing = undated.at(-1)?.code ?? ''
  const countryCode = (code: string) =>
    /^[A-Z]{3}/.test(code) && !SECTORS.has(code.slice(0, 3)) ? code.slice(0, 3) : ''
  let country = countryCode(standing) || countryCode(dated.at(-1)?.code ?? '')
  let sectors = standing.slice(3)
  if (type === 'GPE') {
    const today = new Date().toISOString().slice(0, 10)
    const now = actor.codes.find((c) => (!c.from || c.from <= today) && (!c.to || today < c.to)) ?? actor.codes.at(-1)
    country = now?.code.slice(-3) ?? country
    sectors = ''
  }
  if (SECTORS.has(standing.slice(0, 3))) {
    // "IGOUNO", "IMGMUSALQ": an international body; its region, when there is one, stands for its country.
    const region = (standing.match(/[A-Z]{3}/g) ?? []).slice(1).find((p) => !SECTORS.has(p))
    country = region ?? ''
    sectors = standing.slice(0, 3) === 'IMG' ? 'REB' : standing.slice(0, 3)
  }
  const roles: RoleRow[] = type === 'GPE' ? [] : dated.map((c) => [c.code, c.from ?? '', c.to ?? '', '', ''])
  return ['', actor.name, type, country, sectors, '', dedupe(actor.aliases, actor.name), roles, source]
}

function fromCurated(actor: CuratedActor): Row {
  const roles: RoleRow[] = actor.roles.map((r) => [
    `${r.country ?? actor.country ?? ''}${r.sectors.join('')}`,
    r.from ?? '',
    r.to ?? '',
    r.title,
    '',
  ])
  return [
    '',
    actor.name,
    actor.type,
    actor.country ?? '',
    actor.sectors.join(''),
    actor.gender ?? '',
    actor.aliases,
    roles,
    `curated: ${actor.source}`,
  ]
}

interface DefaultRecord {
  name: string
  aliases?: string[]
  type?: string
  country?: string
  sector?: string
  roles?: { title: string; sector?: string; from?: string; to?: string }[]
}

function fromDefault(record: DefaultRecord): Row {
  const type = record.type === 'ORG' ? 'ORG' : record.type === 'GPE' ? 'GPE' : 'PERSON'
  const roles: RoleRow[] = (record.roles ?? []).map((r) => [
    `${record.country ?? ''}${r.sector ?? ''}`,
    r.from ?? '',
    r.to ?? '',
    r.title,
    '',
  ])
  return [
    '',
    record.name,
    type,
    record.country ?? '',
    record.sector ?? '',
    '',
    record.aliases ?? [],
    roles,
    'actors/default.json',
  ]
}

function dedupe(aliases: string[], name: string): string[] {
  const seen = new Set([kbKey(name)])
  return aliases.filter((a) => {
    const key = kbKey(a)
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const curated = parseCurated(readFileSync(`${ROOT}actors/curated.txt`, 'utf8'))
const defaults = (JSON.parse(readFileSync(`${ROOT}actors/default.json`, 'utf8')) as { actors: DefaultRecord[] }).actors
// The Phoenix files are coded in CAMEO, whose MED is media and HLH health: read in PLOVER's sectors.
const phoenixActors = (file: string) =>
  parseActorFile(read(file)).map((a) => ({ ...a, codes: a.codes.map((c) => ({ ...c, code: ploverCode(c.code) })) }))
const phoenix: Row[] = [
  ...phoenixActors('Phoenix.Countries.actors.txt').map((a) => fromPhoenix(a, 'phoenix/countries')),
  ...phoenixActors('Phoenix.International.actors.txt').map((a) => fromPhoenix(a, 'phoenix/international')),
  ...phoenixActors('Phoenix.MilNonState.actors.txt').map((a) => fromPhoenix(a, 'phoenix/non-state')),
]

// Curated entries first; a dictionary entry of the same name and type gives them its variants and is dropped,
// so the curated dates replace the dictionary's (which stop in 2014). So does an entry of actors/default.json the
// curated file also holds: one actor, not two of one name.
const rows: Row[] = curated.map(fromCurated)
const byKey = new Map<string, Row>()
const index = (row: Row) => {
  for (const name of [row[1], ...row[6]]) byKey.set(`${row[2]}:${kbKey(name)}`, row)
}
rows.forEach(index)
for (const row of defaults.map(fromDefault)) {
  const own = byKey.get(`${row[2]}:${kbKey(row[1])}`)
  if (own) own[6] = dedupe([...own[6], ...row[6]], own[1])
  else {
    rows.push(row)
    index(row)
  }
}
let merged = 0
for (const row of phoenix) {
  const own = byKey.get(`${row[2]}:${kbKey(row[1])}`)
  if (own && (!own[3] || !row[3] || own[3] === row[3])) {
    own[6] = dedupe([...own[6], row[1], ...row[6]], own[1])
    merged++
    continue
  }
  rows.push(row)
}

const ids = new Set<string>()
for (const row of rows) {
  const slug = kbKey(row[1]).replace(/\s+/g, '-').slice(0, 48) || 'actor'
  let id = `kb:${slug}`
  if (ids.has(id)) id = `kb:${slug}-${(row[3] || 'x').toLowerCase()}`
  for (let n = 2; ids.has(id); n++) id = `kb:${slug}-${(row[3] || 'x').toLowerCase()}-${n}`
  ids.add(id)
  row[0] = id
}

const agents: Record<string, string> = {}
for (const { phrase, sectors } of parseCuratedAgents(readFileSync(`${ROOT}actors/curated.txt`, 'utf8')))
  agents[kbKey(phrase)] = sectors.join('')
for (const { phrase, sectors } of parseAgentFile(read('NGEC_PLOVER_agents.txt')))
  agents[kbKey(phrase)] ??= sectors.join('')
for (const { phrase, sectors } of parseAgentFile(read('Phoenix.agents.txt')))
  agents[kbKey(phrase)] ??= ploverCode(sectors.join(''))

const notice = read('Phoenix.Countries.actors.txt')
  .split('\n')
  .filter((l) => l.startsWith('#'))
  .map((l) => l.replace(/^#\s?/, ''))
  .join('\n')
  .replace(/^[\s\S]*?(The MIT License)/, '$1')
  .trim()

const data: KbData = {
  notice:
    "Built from the Phoenix/PLOVER dictionaries of the Open Event Data Alliance and NGEC's country table.\n" + notice,
  actors: rows,
  agents,
  countries: parseCountryTable(read('NGEC_countries.csv')).map((c) => [c.iso3, c.name, c.nationality]),
}
const bytes = compileKnowledgeBase(data)
writeFileSync(`${ROOT}models/actors.kb`, bytes)
const count = (type: string) => rows.filter((r) => r[2] === type).length
console.log(
  `actors: ${rows.length} (${count('PERSON')} people, ${count('ORG')} organisations, ${count('GPE')} places; ` +
    `${curated.length} curated, ${merged} dictionary entries merged into them), ${Object.keys(agents).length} agent ` +
    `phrases, ${data.countries.length} countries; ${(bytes.length / 1e6).toFixed(1)} MB`,
)
