import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Analysis } from '../../doc/analysis.js'
import type { Entity } from '../../doc/types.js'
import { ConfigError } from '../../errors.js'
import { analyze } from '../../pipeline/analyze.js'
import { resolveActor } from '../../pipeline/resolve-actor.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'
import { ActorBook, defaultActorBook, rolesOn } from './actor-book.js'
import { genderByGivenName, givenNameGenders } from './given-name-gender.js'
import { acronymOf, nameKey, surnameOf } from './group-mentions.js'

function entities(text: string, published = '2025-03-01'): Analysis['entities'] {
  const analysis = analyze(text, { published })
  assertValidAnalysis(analysis)
  return analysis.entities
}

function named(list: Analysis['entities'], name: string) {
  const found = list.filter((e) => e.name === name || e.aliases.includes(name))
  assert.equal(found.length, 1, `one entity named ${name}; found ${list.map((e) => e.name).join(', ')}`)
  return found[0]
}

const texts = (e: Analysis['entities'][number], kind?: string) =>
  e.mentions.filter((m) => !kind || m.kind === kind).map((m) => m.text)

test('name keys survive transliteration; surnames keep their particles; acronyms from initials', () => {
  assert.equal(nameKey('Zelenskyy'), nameKey('Zelensky'))
  assert.equal(nameKey('Zelenskiy'), nameKey('Zelensky'))
  assert.equal(nameKey('Erdoğan'), nameKey('Erdogan'))
  assert.equal(surnameOf('Ursula von der Leyen'), 'von der Leyen')
  assert.equal(surnameOf('Mohammed bin Salman'), 'bin Salman')
  assert.equal(acronymOf('European Union'), 'EU')
})

test('joins a full name, its surname and a transliterated spelling into one person', () => {
  const list = entities(
    'Ukrainian President Volodymyr Zelenskyy arrived in Warsaw on Tuesday. Zelensky met Polish officials there, and Zelenskiy thanked them.',
  )
  const person = named(list, 'Volodymyr Zelenskyy')
  assert.deepEqual(texts(person, 'name'), ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskiy'])
})

test('keeps two people with the same surname apart and gives a lone surname to the latest one', () => {
  const list = entities(
    'John Smith, a farmer, spoke first. Later Jane Smith, a teacher, told the meeting the school would close. Smith said the decision was final.',
  )
  const john = named(list, 'John Smith')
  const jane = named(list, 'Jane Smith')
  assert.notEqual(john.id, jane.id)
  assert.ok(texts(jane, 'name').includes('Smith'))
  assert.ok(!texts(john, 'name').includes('Smith'))
})

test('joins names with particles to their surname', () => {
  const list = entities(
    'European Commission President Ursula von der Leyen arrived in Rome. Von der Leyen said the talks were useful.',
  )
  assert.ok(texts(named(list, 'Ursula von der Leyen'), 'name').length >= 2)
})

test('joins an acronym to the organisation it abbreviates and codes it', () => {
  const list = entities(
    'The European Union will meet on Monday. EU ministers disagree about the budget, diplomats said.',
  )
  const eu = named(list, 'European Union')
  assert.ok(texts(eu, 'name').includes('EU'))
  assert.equal(eu.sector, 'IGO')
})

test('makes every name of a country one entity with its ISO3 code', () => {
  const list = entities(
    'The United States said it would respond. US officials met in Geneva, and America will send an envoy.',
  )
  const us = named(list, 'United States')
  assert.equal(us.country, 'USA')
  assert.deepEqual(texts(us, 'name').sort(), ['America', 'US', 'United States'])
})

test('links a nationality to its country as a demonym mention', () => {
  const list = entities('Ukrainian officials said the talks would go on. Ukraine has asked for more help.')
  const ukraine = named(list, 'Ukraine')
  assert.deepEqual(texts(ukraine, 'demonym'), ['Ukrainian'])
})

test('reads roles from titles before a name and codes the person from them', () => {
  const list = entities('Kremlin spokesperson Dmitry Peskov told reporters on Monday that the offer was not serious.')
  const peskov = named(list, 'Dmitry Peskov')
  assert.deepEqual(peskov.roles?.[0], { title: 'spokesperson', of: 'Kremlin' })
  assert.equal(peskov.country, 'RUS')
  assert.equal(peskov.sector, 'GOV')
})

test('reads roles from appositives on either side of a name', () => {
  const list = entities(
    'Minister Olena Kovalenko arrived late. Her chief of staff, Taras Melnyk, said the trip was useful. Marta Novak, a doctor, said the hospital was full.',
  )
  assert.deepEqual(named(list, 'Taras Melnyk').roles?.[0], { title: 'chief of staff', of: 'Olena Kovalenko' })
  const doctor = named(list, 'Marta Novak')
  assert.deepEqual(doctor.roles?.[0], { title: 'doctor' })
  assert.equal(doctor.sector, 'MED')
})

test('resolves a description to the person whose role it names', () => {
  const list = entities(
    'Ukrainian President Volodymyr Zelensky spoke in Kyiv. The Ukrainian president also urged his allies to send help.',
  )
  assert.deepEqual(texts(named(list, 'Volodymyr Zelensky'), 'nominal'), ['The Ukrainian president'])
})

test('resolves "the alliance" to NATO when NATO is named', () => {
  const list = entities('NATO leaders met in Brussels. The talks went well, but the alliance remained divided.')
  assert.deepEqual(texts(named(list, 'NATO'), 'nominal'), ['the alliance'])
})

test('resolves he and she to the right person by gender and position, not inside quotations', () => {
  const list = entities(
    'Mayor Linda Carver met Councilman Robert Haynes on Friday. “He is wrong,” she said. Haynes left early, and he did not comment.',
  )
  const carver = named(list, 'Linda Carver')
  const haynes = named(list, 'Robert Haynes')
  assert.deepEqual(texts(carver, 'pronoun'), ['she'])
  assert.deepEqual(texts(haynes, 'pronoun'), ['he'])
})

test('prefers the subject to a name in a prepositional phrase or a possessive', () => {
  const list = entities(
    'Despite Smith’s criticism, Governor Anna Lopez defended the plan. “It works,” she said. Then she left.',
  )
  assert.deepEqual(texts(named(list, 'Anna Lopez'), 'pronoun'), ['she', 'she'])
})

test('a capital that acts is its government; a capital visited is a city', () => {
  const list = entities('Moscow welcomed the proposal on Sunday. European ministers will visit Kyiv on Monday.')
  const moscow = named(list, 'Moscow')
  assert.equal(moscow.country, 'RUS')
  assert.equal(moscow.sector, 'GOV')
  const kyiv = named(list, 'Kyiv')
  assert.equal(kyiv.country, 'UKR')
  assert.equal(kyiv.sector, undefined)
})

test('keeps Washington the place apart from George Washington', () => {
  const list = entities('Historians in Washington discussed George Washington on Friday.')
  assert.equal(named(list, 'Washington').type, 'GPE')
  assert.equal(named(list, 'George Washington').type, 'PERSON')
})

test('ranks the most mentioned entity first by salience', () => {
  const list = entities(
    'Mayor Linda Carver signed the budget. Carver said the city was ready. Critics in Springfield disagreed with Carver.',
  )
  const top = [...list].sort((a, b) => b.salience - a.salience)[0]
  assert.equal(top.name, 'Linda Carver')
  assert.equal(top.salience, 1)
})

test('resolves actor strings to PLOVER codes', () => {
  const code = (text: string) => {
    const a = resolveActor(text)
    return `${a.country ?? '-'}/${a.sector ?? '-'}`
  }
  assert.equal(code("Burkina Faso's ruling junta"), 'BFA/GOV')
  assert.equal(code('the Israeli defence minister'), 'ISR/GOV')
  assert.equal(code('Russian soldiers'), 'RUS/MIL')
  assert.equal(code('the Kremlin'), 'RUS/GOV')
  assert.equal(code("Ukraine's air force"), 'UKR/MIL')
  assert.equal(code('Kremlin spokesperson Dmitry Peskov'), 'RUS/GOV')
  // International bodies take the region or body code PLOVER and NGEC use for country (NAT, UNO, EUR).
  assert.equal(code('NATO'), 'NAT/IGO')
})

test('the actor file gives the roles held on the article date', () => {
  const trump = defaultActorBook().find({ name: 'Donald Trump', aliases: [], label: 'PERSON' })!
  assert.deepEqual(
    rolesOn(trump, '2019-06-01').map((r) => r.title),
    ['President'],
  )
  assert.deepEqual(rolesOn(trump, '2022-06-01'), [])
  assert.equal(resolveActor('Donald Trump', { date: '2022-06-01' }).sector, 'ELI')
  assert.equal(resolveActor('Donald Trump', { date: '2025-03-01' }).sector, 'GOV')
})

test('codes sector nouns by PLOVER conventions: ministries, officers of bodies, former officials, staff', () => {
  const code = (text: string, date?: string) => {
    const a = resolveActor(text, date ? { date } : {})
    return `${a.country ?? '-'}/${a.sector ?? '-'}`
  }
  // A defence ministry is GOV; the possessor's country wins over a body the base files under another country.
  assert.equal(code("Peru's Defense Department"), 'PER/GOV')
  assert.equal(code('Russian Defense Ministry'), 'RUS/GOV')
  // An officer of a legislature is coded as the legislature.
  assert.equal(code('speaker of the Riigikogu'), 'EST/LEG')
  // "former" before the owner of a title still makes the person a former official.
  assert.equal(code('former Brazilian president Jair Bolsonaro', '2023-05-01'), 'BRA/ELI')
  assert.equal(code("the Chilean president's office"), 'CHL/GOV')
  assert.equal(code('the Associated Press').split('/')[1], 'JRN')
  // A body's spokesman speaks for the body; a retired officer is a former official.
  assert.equal(code('a Peruvian Foreign Ministry spokeswoman'), 'PER/GOV')
  assert.equal(code('a retired colonel').split('/')[1], 'ELI')
  assert.equal(code('the Taliban government', '2022-06-01'), 'AFG/GOV')
  // A backer is not the group's country.
  assert.equal(code('Valdorian-backed rebels'), '-/REB')
  assert.equal(code('the UN'), 'UNO/IGO')
  assert.equal(code('opposition leader Sviatlana Tsikhanouskaya', '2022-06-01'), 'BLR/OPP')
  assert.equal(code('ordinary people in France'), 'FRA/CVL')
  assert.equal(code('a Kenya-based militia').split('/')[0], 'KEN')
  assert.equal(code('al-Shabaab militants'), 'SOM/REB')
  assert.equal(code('Aboriginal Medical Council of Queensland').split('/')[1], 'MED')
  // The shipped actor file yields to the knowledge base's dated roles: a senator before he was Secretary of State.
  assert.equal(code('Marco Rubio', '2022-03-01'), 'USA/LEG')
})

test('a user actor file adds and corrects actors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-actors-'))
  const path = join(dir, 'actors.json')
  writeFileSync(
    path,
    JSON.stringify({
      actors: [
        {
          name: 'Olena Kovalenko',
          country: 'UKR',
          sector: 'GOV',
          roles: [{ title: 'Energy Minister', of: 'Ukraine', from: '2024-01-01' }],
        },
      ],
    }),
  )
  const book = defaultActorBook().with(ActorBook.load(path))
  const actor = resolveActor('Olena Kovalenko', { actors: book, date: '2025-01-01' })
  assert.equal(actor.country, 'UKR')
  assert.deepEqual(actor.roles, [{ title: 'Energy Minister', of: 'Ukraine' }])
})

test('a malformed actor file is refused with what was expected', () => {
  assert.throws(
    () => ActorBook.parse({ actors: [{ name: 'X', country: 'Ukraine' }] }, 'a.json'),
    (e: Error) =>
      e instanceof ConfigError &&
      /a\.json: actors\[0\]: expected "country" to be an ISO 3166 alpha-3 code/.test(e.message),
  )
  assert.throws(() => ActorBook.parse([], 'b.json'), /expected \{"actors": \[ … \]\}/)
  assert.throws(
    () => ActorBook.parse({ actors: [{ name: 'Y', roles: [{ title: 'x', from: 'May 2020' }] }] }, 'c.json'),
    /expected "from" as YYYY-MM-DD/,
  )
})

test('finds the institutions and groups a country owns as actors of their own', () => {
  const list = entities(
    "Russian troops shelled the town. US officials said Ukraine's air force and the Ukrainian military were ready. Russian troops later withdrew. Kremlin spokesperson Dmitry Peskov spoke.",
  )
  const code = (name: string) => {
    const e = named(list, name)
    return `${e.type} ${e.country}/${e.sector} ×${e.mentions.length}`
  }
  assert.equal(code('Russian troops'), 'NORP RUS/MIL ×2')
  assert.equal(code('US officials'), 'NORP USA/GOV ×1')
  assert.equal(code("Ukraine's air force"), 'ORG UKR/MIL ×1')
  assert.equal(code('Ukrainian military'), 'ORG UKR/MIL ×1')
  assert.ok(!list.some((e) => e.name === 'Kremlin spokesperson'), 'a title before a name is not a group')
})

test('the knowledge base codes a person by the roles held on the date: in office GOV, after it ELI', () => {
  const on = (date: string) => resolveActor('Angela Merkel', { date })
  assert.deepEqual([on('2017-04-01').country, on('2017-04-01').sector], ['DEU', 'GOV'])
  assert.deepEqual([on('2022-01-10').country, on('2022-01-10').sector], ['DEU', 'ELI'])
  assert.equal(on('2017-04-01').actorId, 'kb:angela-merkel')
})

test('resolves acronyms by the context country, and nationality groups by their agent noun', () => {
  const code = (text: string, context?: string) => {
    const a = resolveActor(text, { ...(context && { context }) })
    return `${a.country ?? '-'}/${a.sector ?? '-'}`
  }
  assert.equal(code('the PRI', 'Mexico'), 'MEX/PTY')
  assert.equal(code('The DEA'), 'USA/COP')
  assert.equal(code('two Chinese warplanes'), 'CHN/MIL')
  assert.equal(code('Mexican authorities'), 'MEX/GOV')
  assert.equal(code('ordinary Kazakhs'), 'KAZ/CVL')
  assert.equal(code('Northern Fleet'), 'RUS/MIL')
})

test("the knowledge base's gender lets a pronoun find its person", () => {
  const list = entities('Angela Merkel met Olaf Scholz in Berlin on Monday. She said the talks had gone well.')
  const merkel = named(list, 'Angela Merkel')
  assert.equal(merkel.gender, 'f')
  assert.ok(
    merkel.mentions.some((m) => m.kind === 'pronoun'),
    JSON.stringify(merkel.mentions),
  )
  assert.equal(named(list, 'Olaf Scholz').gender, 'm')
})

test('a person takes the gender of an unambiguous given name; a lone name or a name given to both says nothing', () => {
  const person = (name: string): Entity => ({
    id: name,
    name,
    label: 'PERSON',
    mentions: [],
    aliases: [],
    roles: [],
    rule: 'entities/names',
    salience: 0,
  })
  const people = ['Margaret Ellison', 'Tobias Renn', 'Margaret', 'Jordan Pike', 'Unheard Name'].map(person)
  genderByGivenName(people, givenNameGenders({ m: ['Tobias'], f: ['Margaret'] }))
  assert.deepEqual(
    people.map((p) => p.gender),
    ['f', 'm', undefined, undefined, undefined],
  )
  // With the shipped list, in an article: the pronoun resolver can then ask it of "she".
  const found = entities('Margaret Ellison, a farmer from Ohio, said the drought was the worst in years.')
  assert.equal(named(found, 'Margaret Ellison')?.gender, 'f')
})
