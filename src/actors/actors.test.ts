import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseCurated, parseCuratedAgents } from './curated.js'
import { lineStarts } from './kb-file.js'
import { compileKnowledgeBase, type KbData, KnowledgeBase, kbKey, readCode, skeleton } from './knowledge-base.js'
import {
  dictionaryDate,
  parseActorFile,
  parseAgentFile,
  parseCode,
  parseCountryTable,
  ploverCode,
} from './phoenix-dictionary.js'

// Dictionary lines written for these tests in the TABARI format; the people and bodies are invented.
const ACTOR_FILE = `# a comment
VALDORIA_  [VLD]
+VALDORIAN_REPUBLIC_
HANNA_KOSK_  # notes
+PRESIDENT_KOSK_
+HANNA_M._KOSK_
\t[VLDELI 700101-050301]
\t[VLDGOV >050301]
\t[VLDELI]
VALDORIAN_COAST_GUARD_ (VCG)  [VLDMIL]
THE_HARBOUR_LEAGUE_ [IGOHBL]
HL_ [IGOHBL]
H.L._
`

test('reads Phoenix actor entries with their variants and dated codes', () => {
  const actors = parseActorFile(ACTOR_FILE)
  const kosk = actors.find((a) => a.name === 'Hanna Kosk')
  assert.ok(kosk)
  assert.deepEqual(kosk.aliases, ['President Kosk', 'Hanna M. Kosk'])
  assert.deepEqual(kosk.codes, [
    { code: 'VLDELI', from: '1970-01-01', to: '2005-03-01' },
    { code: 'VLDGOV', from: '2005-03-01' },
    { code: 'VLDELI' },
  ])
  const guard = actors.find((a) => a.name === 'Valdorian Coast Guard')
  assert.deepEqual(guard?.aliases, ['VCG'])
  assert.deepEqual(actors.find((a) => a.name === 'HL')?.aliases, ['H.L.'])
})

test('reads dictionary dates of two and four digit years, and open spans', () => {
  assert.equal(dictionaryDate('051122'), '2005-11-22')
  assert.equal(dictionaryDate('720101'), '1972-01-01')
  assert.equal(dictionaryDate('20211208'), '2021-12-08')
  assert.equal(dictionaryDate('12'), undefined)
  assert.deepEqual(parseCode('[USRGEO <910409]'), { code: 'USRGEO', to: '1991-04-09' })
  assert.deepEqual(parseCode('[IGOUNO]'), { code: 'IGOUNO' })
  assert.equal(parseCode('[---]'), undefined)
})

test("reads CAMEO's media and health codes as PLOVER's", () => {
  assert.equal(ploverCode('USAMED'), 'USAJRN')
  assert.equal(ploverCode('HLH'), 'MED')
  assert.equal(ploverCode('DEUGOVMIL'), 'DEUGOVMIL')
})

test('reads codes into country and sectors', () => {
  assert.deepEqual(readCode('DEUGOV'), { country: 'DEU', sectors: ['GOV'] })
  assert.deepEqual(readCode('IGOUNO'), { country: 'UNO', sectors: ['IGO'] })
  assert.deepEqual(readCode('USAGOVLEG'), { country: 'USA', sectors: ['GOV', 'LEG'] })
  assert.deepEqual(readCode('KSVGOV'), { country: 'XKX', sectors: ['GOV'] })
  assert.deepEqual(readCode(''), { sectors: [] })
})

test('reads agent files with macros and irregular plurals', () => {
  const agents = parseAgentFile(
    [
      '!PERSON! = MAN, WOMAN',
      'POLICE!PERSON! [~COP]',
      'CHAMBER_OF_TRADE {CHAMBERS_OF_TRADE} [~BUS]',
      'DEFENCE_CHIEF [~GOVMIL]',
    ].join('\n'),
  )
  assert.deepEqual(
    agents.map((a) => `${a.phrase}=${a.sectors.join('')}`),
    ['policeman=COP', 'policewoman=COP', 'chamber of trade=BUS', 'chambers of trade=BUS', 'defence chief=GOVMIL'],
  )
})

test("reads NGEC's country table with quoted nationality lists", () => {
  const rows = parseCountryTable('CCA2,Name,CCA3,Nationality\nVL,Valdoria,VLD,"Valdorian, Valdorians"\nbad line\n')
  assert.deepEqual(rows, [{ iso3: 'VLD', name: 'Valdoria', nationality: ['Valdorian', 'Valdorians'] }])
})

test('reads the curated file and refuses a malformed line with its number', () => {
  const text = [
    '@source invented for the test',
    'P | Hanna Kosk; Kosk | VLD | f | | President/GOV/2005-03-01/2019-06-01',
    'O | Valdorian Coast Guard; VCG | VLD | | MIL |',
    'A | harbour pilots | BUS',
  ].join('\n')
  const [kosk, guard] = parseCurated(text)
  assert.equal(kosk.type, 'PERSON')
  assert.equal(kosk.gender, 'f')
  assert.deepEqual(kosk.roles, [{ title: 'President', sectors: ['GOV'], from: '2005-03-01', to: '2019-06-01' }])
  assert.equal(kosk.source, 'invented for the test')
  assert.deepEqual(guard.sectors, ['MIL'])
  assert.deepEqual(parseCuratedAgents(text), [{ phrase: 'harbour pilots', sectors: ['BUS'] }])
  assert.throws(() => parseCurated('@source x\nP | Someone | VLD | x | |'), /line 2: expected the gender/)
  assert.throws(() => parseCurated('P | Someone | VLD | | |'), /line 1: expected a source/)
  assert.throws(() => parseCurated('@source x\nP | Someone | VLD | | | Mayor/GOV/2020'), /YYYY-MM-DD/)
})

/** A small base of invented actors. */
function base(): KnowledgeBase {
  const data: KbData = {
    notice: 'test',
    actors: [
      [
        'kb:hanna-kosk',
        'Hanna Kosk',
        'PERSON',
        'VLD',
        '',
        'f',
        ['Kosk'],
        [['VLDGOV', '2005-03-01', '2019-06-01', 'President', '']],
        'curated: t',
      ],
      [
        'kb:aron-kosk',
        'Aron Kosk',
        'PERSON',
        'VLD',
        '',
        'm',
        [],
        [['VLDLEG', '2010-01-01', '', 'Senator', '']],
        'curated: t',
      ],
      ['kb:ivo-rask', 'Ivo Rask', 'PERSON', 'VLD', 'ELI', 'm', ['Ivo Rasck'], [], 'phoenix/countries'],
      ['kb:pan-vld', 'Party of the North', 'ORG', 'VLD', 'PTY', '', ['PN'], [], 'curated: t'],
      ['kb:pn-krt', 'Port Network', 'ORG', 'KRT', 'BUS', '', ['PN'], [], 'curated: t'],
      [
        'kb:mirela-dunn',
        'Mirela Dunn',
        'PERSON',
        'KRT',
        '',
        'f',
        [],
        [['KRTGOV', '2016-01-01', '', 'Minister', '']],
        'curated: t',
      ],
    ],
    agents: { warplane: 'MIL', authority: 'GOV' },
    countries: [['VLD', 'Valdoria', ['Valdorian', 'Valdorians']]],
  }
  return new KnowledgeBase(compileKnowledgeBase(data))
}

test('codes a person by the roles held on the date, and as a former official once they have ended', () => {
  const kb = base()
  const kosk = kb.find('Hanna Kosk', 'PERSON', '2017-04-01')
  assert.equal(kosk?.id, 'kb:hanna-kosk')
  assert.deepEqual(kb.codeOn(kosk!, '2017-04-01').sectors, ['GOV'])
  const later = kb.codeOn(kosk!, '2022-01-10')
  assert.deepEqual(later.sectors, ['ELI'])
  assert.match(later.rule, /former/)
  assert.equal(later.country, 'VLD')
})

test('never picks one of two relatives by their shared surname, but finds the one office holder of a surname', () => {
  const kb = base()
  assert.equal(kb.find('Kosk', 'PERSON', '2012-01-01'), undefined)
  assert.equal(kb.find('Dunn', 'PERSON', '2020-01-01')?.id, 'kb:mirela-dunn')
  assert.equal(kb.find('Dunn', 'PERSON', '2010-01-01'), undefined)
})

test('finds another spelling of a name by its skeleton, and an acronym by the context country', () => {
  const kb = base()
  assert.equal(skeleton('Mahinda Rajapaksa'), skeleton('Mahinda Rajapakse'))
  assert.equal(kb.find('Ivo Raszk', 'PERSON'), undefined)
  assert.equal(kb.find('Ivo Rasck', 'PERSON')?.id, 'kb:ivo-rask')
  assert.equal(kb.find('the PN', 'ORG'), undefined)
  assert.equal(kb.find('the PN', 'ORG', undefined, ['VLD'])?.id, 'kb:pan-vld')
  assert.equal(kb.find('PN', 'ORG', undefined, ['KRT'])?.id, 'kb:pn-krt')
  assert.equal(kbKey('Mr. Ivo Rask'), 'ivo rask')
  assert.equal(kb.find('Mirela Anna Dunn', 'PERSON')?.id, 'kb:mirela-dunn')
  assert.equal(kb.find('M. Dunn', 'PERSON')?.id, 'kb:mirela-dunn')
  assert.equal(kb.find('K. Dunn', 'PERSON'), undefined)
})

test('codes agent nouns and nationality words', () => {
  const kb = base()
  assert.deepEqual(kb.agent('warplanes'), ['MIL'])
  assert.deepEqual(kb.agent('authorities'), ['GOV'])
  assert.equal(kb.country('Valdorians'), 'VLD')
  assert.equal(kb.agent('poets'), undefined)
})

test('looks keys up in the compiled file by their bytes: prefixes, accents and absent keys', () => {
  const row = (id: string, name: string): KbData['actors'][number] => [id, name, 'ORG', 'VLD', 'GOV', '', [], [], 't']
  const bytes = compileKnowledgeBase({
    notice: '',
    agents: {},
    countries: [],
    actors: [row('kb:a', 'Port'), row('kb:b', 'Port Authority'), row('kb:c', 'Żuraw Łąka'), row('kb:d', 'Portal')],
  })
  const kb = new KnowledgeBase(bytes, lineStarts(bytes))
  assert.deepEqual(
    ['port', 'Port Authority', 'portal', 'Zuraw Łąka', 'por', 'ports', ''].map((n) => kb.candidates(n)[0]?.id),
    ['kb:a', 'kb:b', 'kb:d', 'kb:c', undefined, undefined, undefined],
  )
  assert.equal(kb.get('kb:d')?.name, 'Portal')
  assert.equal(kb.get('kb:z'), undefined)
  assert.throws(() => new KnowledgeBase(new TextEncoder().encode('{"format":"other"}\n')), /newsgraph\.actors\/2/)
})
