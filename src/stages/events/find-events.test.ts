// Events from sentences written by the team: one per PLOVER type, modes, modality, negation, compound actors.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../index.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

/** The events of one text as "TYPE[/mode] actors -> recipients (modality)", names joined by "+". */
function coded(text: string, published = '2026-11-27'): string[] {
  const analysis = analyze(text, { published })
  assertValidAnalysis(analysis)
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
  const names = (ids: string[]) => ids.map((id) => name.get(id)).join('+')
  return analysis.events.map(
    (e) => `${e.type}${e.mode ? '/' + e.mode : ''} ${names(e.actors)} -> ${names(e.recipients)} (${e.modality})`,
  )
}

const cases: [string, string][] = [
  [
    'Foreign Minister Anna Kovac agreed to meet her Serbian counterpart next month.',
    'AGREE/meet Anna Kovac -> Serbia (asserted)',
  ],
  [
    'President Mara Lind met Chancellor Otto Brandt in Vienna on Tuesday.',
    'CONSULT Mara Lind+Otto Brandt ->  (asserted)',
  ],
  ['Prime Minister Tomas Varga praised the new agreement with Romania.', 'SUPPORT Tomas Varga -> Romania (asserted)'],
  [
    'The Estonian government apologized to Latvia for the border incident.',
    'CONCEDE Estonian government -> Latvia (asserted)',
  ],
  ['Japan donated 5,000 tents to Turkey after the earthquake.', 'AID Japan -> Turkey (asserted)'],
  ['Russia withdrew its troops from the Kherson region.', 'RETREAT/withdraw Russia -> Kherson (asserted)'],
  ['Defence Minister Pavel Kral resigned on Monday.', 'RETREAT/resign Pavel Kral ->  (asserted)'],
  ['Hungary accused Ukraine of mistreating its minority.', 'ACCUSE/allege Hungary -> Ukraine (asserted)'],
  ['Beijing rejected the proposal from Washington.', 'REJECT Beijing -> Washington (asserted)'],
  [
    'North Korea threatened South Korea with nuclear strikes.',
    'THREATEN/violence North Korea -> South Korea (asserted)',
  ],
  ['The European Union imposed sanctions on Belarus.', 'SANCTION European Union -> Belarus (asserted)'],
  ['Azerbaijan deployed troops along the border with Armenia.', 'MOBILIZE/troops Azerbaijan -> Armenia (asserted)'],
  ['Israeli aircraft bombed targets in southern Lebanon.', 'ASSAULT/aerial Israel -> Lebanon (asserted)'],
]

for (const [sentence, expected] of cases) {
  test(`codes: ${sentence}`, () => {
    assert.deepEqual(coded(sentence), [expected])
  })
}

test('PROTEST keeps its place when the protesters are not named', () => {
  const analysis = analyze('Thousands of farmers protested in Brussels against the new rules.', {
    published: '2026-11-27',
  })
  assert.equal(analysis.events.length, 1)
  assert.equal(analysis.events[0].type, 'PROTEST')
  const place = analysis.places?.find((p) => p.id === analysis.events[0].location)
  assert.equal(place?.name, 'Brussels')
  assert.equal(analysis.events[0].locationRule, 'events/location-clause')
})

test('COERCE/arrest with its count and its date', () => {
  const [event] = analyze('Police in Tbilisi arrested 30 protesters on Sunday.', { published: '2026-11-27' }).events
  assert.equal(event.type, 'COERCE')
  assert.equal(event.mode, 'arrest')
  assert.equal(event.count, 30)
  assert.equal(event.date, '2026-11-22')
})

test('compound actors; cooperation for later is an agreement, a retreat announced for later a concession (the manual)', () => {
  assert.deepEqual(coded('Germany and Poland will cooperate on energy security.'), [
    'AGREE/assist Germany+Poland ->  (asserted)',
  ])
  assert.deepEqual(
    coded('Moscow announced it would withdraw its troops from Kherson.').map((e) => e.split(' ')[0]),
    ['CONCEDE'],
  )
  assert.deepEqual(coded('Austria will send 40 tonnes of medical supplies to Moldova.'), [
    'AGREE/assist Austria -> Moldova (asserted)',
  ])
})

test('a reciprocal meeting puts all parties in actors; a named day in the future makes it future and dated', () => {
  const analysis = analyze('Chancellor Otto Brandt and President Mara Lind will meet in Berlin on Friday.', {
    published: '2026-11-27',
  })
  const [event] = analysis.events
  assert.equal(event.type, 'CONSULT')
  assert.equal(event.actors.length, 2)
  assert.deepEqual(event.recipients, [])
  assert.equal(analysis.places?.find((p) => p.id === event.location)?.name, 'Berlin')
  assert.equal(event.modality, 'future')
})

test('negated events are not coded; a refused cooperation is a rejection', () => {
  assert.deepEqual(coded('Russia did not attack Kyiv on Monday.'), [])
  assert.deepEqual(coded('The council did not meet in March.'), [])
  assert.deepEqual(coded('“We will never negotiate with terrorists,” Premier Ivo Petrov said.'), [
    'REJECT/meet Ivo Petrov ->  (reported)',
  ])
  assert.deepEqual(coded('Norway will not lift the sanctions on Belarus.'), [
    'REJECT/yield Norway -> Belarus (asserted)',
  ])
  assert.deepEqual(coded('Serbia and Kosovo failed to reach an agreement on Friday.'), [
    'REJECT/meet Serbia+Kosovo ->  (asserted)',
  ])
})

test('a conditional event is hypothetical', () => {
  assert.deepEqual(coded('If Iran attacks Israel, the United States would respond.'), [
    'ASSAULT Iran -> Israel (hypothetical)',
  ])
})

test('an event inside reported speech is reported, with the quote that reports it and the count', () => {
  const analysis = analyze('Ukraine said Russia launched 40 missiles at Kharkiv overnight.', {
    published: '2026-11-27',
  })
  const [event] = analysis.events
  assert.equal(event.type, 'ASSAULT')
  assert.equal(event.mode, 'aerial')
  assert.equal(event.modality, 'reported')
  assert.equal(event.reportedBy, analysis.quotes[0].id)
  assert.equal(event.count, 40)
})

test('“set to” makes an event future; “verbal attacks” are criticism, not violence', () => {
  assert.deepEqual(coded('Britain is set to announce new sanctions against Russia.'), [
    'SANCTION United Kingdom -> Russia (future)',
  ])
  assert.deepEqual(
    coded('In a series of verbal attacks, Senator Jane Holt criticized Canada.').map((e) => e.split(' ')[0]),
    ['ACCUSE/disapprove'],
  )
})

test('a request takes its mode from the requested action and does not code the action too', () => {
  assert.deepEqual(coded('Mayor Lena Fischer urged President Mara Lind to meet with her.'), [
    'REQUEST/meet Lena Fischer -> Mara Lind (asserted)',
  ])
})

test('every event carries its PLOVER quad and score', () => {
  const [assault] = analyze('Russia launched 12 drones at Odesa.', { published: '2026-11-27' }).events
  assert.equal(assault.quad, 4)
  assert.equal(assault.score, -9.5)
  const [praise] = analyze('Japan praised Korea.', { published: '2026-11-27' }).events
  assert.equal(praise.quad, 1)
  assert.equal(praise.score, 5)
})

/** The events of one text as "TYPE[/mode] actor words -> recipient words (modality)", from the argument spans. */
function codedWords(text: string): string[] {
  const analysis = analyze(text, { published: '2026-11-27' })
  assertValidAnalysis(analysis)
  const words = (spans: { text: string }[] | undefined) => (spans ?? []).map((s) => s.text).join('+')
  return analysis.events.map(
    (e) =>
      `${e.type}${e.mode ? '/' + e.mode : ''} ${words(e.actorSpans)} -> ${words(e.recipientSpans)} (${e.modality})`,
  )
}

const typedByObject: [string, string][] = [
  ['Japan provided medical supplies to Turkey after the earthquake.', 'AID Japan -> Turkey (asserted)'],
  ['Sweden suspended development aid to Mali in May.', 'SANCTION/discontinue Sweden -> Mali (asserted)'],
  ['Chile sent 300 troops to the northern border.', 'MOBILIZE/troops Chile ->  (asserted)'],
  ['Canada lifted its sanctions on Cuba on Tuesday.', 'RETREAT Canada -> Cuba (asserted)'],
  ['Poland recalled its ambassador from Minsk.', 'SANCTION/withdraw Poland -> Minsk (asserted)'],
  ['Peru returned 40 stolen artifacts to Bolivia.', 'RETREAT/return Peru -> Bolivia (asserted)'],
  ['Ghana and Togo held joint military exercises near Lome.', 'COOPERATE Ghana+Togo ->  (asserted)'],
  ['Spain extradited the banker to Norway.', 'COOPERATE Spain -> Norway (asserted)'],
  ['Ecuador restored diplomatic ties with Chile.', 'SUPPORT Ecuador -> Chile (asserted)'],
  ['Iran violated the ban on missile tests.', 'REJECT/yield Iran ->  (asserted)'],
]

for (const [sentence, expected] of typedByObject) {
  test(`a verb typed by its object: ${sentence}`, () => {
    assert.deepEqual(coded(sentence), [expected])
  })
}

test('the object that types a verb is no event of its own: "suspended aid" is one sanction, not also aid', () => {
  assert.deepEqual(
    coded('Norway suspended military aid to Sudan.').map((e) => e.split(' ')[0]),
    ['SANCTION/discontinue'],
  )
  assert.deepEqual(
    coded('Latvia lifted the curfew in Riga.').map((e) => e.split(' ')[0]),
    ['RETREAT'],
  )
})

test('unnamed groups act and suffer: police, rebel fighters, protesters', () => {
  assert.deepEqual(codedWords('Police arrested dozens of students in Lagos on Monday.'), [
    'COERCE/arrest Police -> dozens of students (asserted)',
  ])
  assert.deepEqual(codedWords('Rebel fighters attacked a convoy near the border.'), [
    'ASSAULT Rebel fighters ->  (asserted)',
  ])
  assert.deepEqual(codedWords('Protesters burned flags outside the embassy.'), [
    'PROTEST/demo Protesters ->  (asserted)',
  ])
  assert.deepEqual(codedWords('Five soldiers were killed in an ambush on Sunday.'), [
    'ASSAULT  -> Five soldiers (asserted)',
  ])
  // "military" only describes the aid; "the government" keeps its article.
  assert.deepEqual(codedWords('The government imposed a curfew after the riots.'), [
    'COERCE/curfew The government ->  (asserted)',
  ])
})

test('curfews, states of emergency and cyberattacks are coercion', () => {
  assert.deepEqual(codedWords('Police sealed off the square in Vell on Monday.'), [
    'COERCE/restrict Police ->  (asserted)',
  ])
  assert.deepEqual(coded('Chad declared a state of emergency in the east.'), ['COERCE/martial-law Chad ->  (asserted)'])
  assert.deepEqual(
    coded('Hackers linked to Moldova launched cyberattacks on Romanian banks.').map((e) => e.split(' ')[0]),
    ['COERCE/cyber'],
  )
})

test('promises reported from their makers are agreements or concessions; declining to comment refuses nothing', () => {
  assert.deepEqual(
    coded('The rebels said they will release the hostages next week.').map((e) => e.split(' ')[0]),
    ['CONCEDE'],
  )
  assert.deepEqual(
    coded('Ministers from Oman said they would send aid to Yemen.').map((e) => `${e.split(' ')[0]} ${e.split('(')[1]}`),
    ['AGREE/assist reported)'],
  )
  assert.deepEqual(coded('The Estonian government declined to comment on the report.'), [])
  assert.deepEqual(
    coded('Estonia declined to join the mission.').map((e) => e.split(' ')[0]),
    ['REJECT'],
  )
})

test('a meeting puts every party in actors, with their words', () => {
  assert.deepEqual(codedWords('Foreign Minister Ana Ruiz held talks with her Chilean counterpart in Lima.'), [
    'CONSULT Foreign Minister Ana Ruiz+her Chilean counterpart ->  (asserted)',
  ])
})

test('words that only look like events are none: released videos, requests for comment, goals met, show hosts, campaign rallies', () => {
  for (const sentence of [
    'The Estonian ministry released a video of the ceremony.',
    'Senator Mia Lund did not respond to requests for comment.',
    'Governor Tom Reyes met his fundraising goal in June.',
    'The talk show host, Ana Ruiz, laughed.',
    'Thousands attended a campaign rally in Vell on Friday.',
    'The supreme court struck down the law in March.',
    'Premier Ivo Petrov didn’t apologize for the remark.',
    'Candidate Lena Fischer has record low support among young voters.',
    'Consumer demand from Poland cooled in May.',
    'Senator Mia Lund was treated for heart attacks in 2019.',
    'Tom Reyes struck 158 for Essex on Friday.',
    'Premier Ivo Petrov goes to Vell ahead of a cabinet meeting.',
    'Details of the deal were released to the media on Monday.',
    'Striker Tom Reyes withdrew from the squad with an injury.',
    'Ivo Petrov lost three title fights before beating Tom Reyes on points.',
    'Mia Lund, his striking partner, scored twice.',
    'Senator Ivo Petrov appeals to older voters in the north.',
    'Ana Ruiz wants to demonstrate her experience in the debate.',
    'The Estonian ministry backed out of the plan in May.',
    'Senator Mia Lund will release at least five years of tax returns.',
  ])
    assert.deepEqual(coded(sentence), [], sentence)
})

test('whoever draws or faces criticism is its recipient', () => {
  assert.deepEqual(codedWords('Senator Jane Holt is drawing criticism after her remarks.'), [
    'ACCUSE/disapprove  -> Senator Jane Holt (asserted)',
  ])
  assert.deepEqual(codedWords('Senator Mia Lund won praise from Governor Tom Reyes.'), [
    'SUPPORT Governor Tom Reyes -> Senator Mia Lund (asserted)',
  ])
  // Accepting donations agrees to nothing: the criticism alone is coded.
  assert.deepEqual(
    coded('Governor Tom Reyes criticized Mia Lund for accepting campaign donations.').map((e) => e.split(' ')[0]),
    ['ACCUSE/disapprove'],
  )
})

test('an attack on a named person or a rival, with no weapon, is criticism', () => {
  assert.deepEqual(
    coded('Senator Jane Holt attacked Governor Tom Reyes in a televised debate.').map((e) => e.split(' ')[0]),
    ['ACCUSE/disapprove'],
  )
  assert.deepEqual(
    coded('Premier Ivo Petrov attacked his rivals on Sunday.').map((e) => e.split(' ')[0]),
    ['ACCUSE/disapprove'],
  )
  assert.deepEqual(
    coded('Gunmen attacked the journalist Ana Ruiz outside her home.').map((e) => e.split(' ')[0]),
    ['ASSAULT'],
  )
  assert.deepEqual(
    coded('Nurses held a rally against the cuts in Tallinn.').map((e) => e.split(' ')[0]),
    ['PROTEST/demo'],
  )
  assert.deepEqual(codedWords('The activist Ana Ruiz was beaten by police in Vell.'), [
    'ASSAULT/beat police -> The activist Ana Ruiz (asserted)',
  ])
  assert.deepEqual(
    coded('Serbia struck a landmark trade deal with Kosovo.').map((e) => e.split(' ')[0]),
    ['AGREE'],
  )
})

test('events carry PLOVER contexts from their words, mode and arguments', () => {
  const contexts = (text: string) =>
    analyze(text, { published: '2026-11-27' }).events.map(
      (e) => `${e.type}${e.mode ? '/' + e.mode : ''}: ${(e.contexts ?? []).join(',')}`,
    )
  assert.deepEqual(contexts('Riot police fired tear gas at protesters in Minsk.'), [
    'ASSAULT/crowd-control: repression',
  ])
  assert.deepEqual(contexts('Kenya deported 40 migrants to Somalia.'), ['COERCE/deport: migration'])
  assert.deepEqual(contexts('Moldovan hackers launched cyberattacks on Romanian banks.'), [
    'COERCE/cyber: economic,cyber',
  ])
  assert.deepEqual(
    contexts('The foreign minister of Chile met her Peruvian counterpart to discuss migration and trade.'),
    ['CONSULT: economic,diplomatic,migration'],
  )
  assert.deepEqual(contexts('Senator Jane Holt praised the new climate law.'), [
    'SUPPORT: legislative,legal,environment',
  ])
  // Nothing in the sentence says what it is about: no contexts at all.
  assert.deepEqual(contexts('Japan praised Korea.'), ['SUPPORT: '])
})

test('a happening told again later in the article points to its first mention', () => {
  const text = [
    'Drones strike Odesa port',
    '',
    'Russia attacked the port of Odesa with 40 drones overnight, the Ukrainian air force said on Tuesday.',
    '',
    'The attack damaged grain silos. Russia has attacked Odesa repeatedly since July, officials said.',
    '',
    'Separately, Ukraine attacked a Russian airfield in Crimea.',
  ].join('\n')
  const analysis = analyze(text, { published: '2026-11-24' })
  assertValidAnalysis(analysis)
  const events = analysis.events.map((e) => `${e.id} ${e.trigger.text}${e.sameAs ? ` = ${e.sameAs}` : ''}`)
  // The headline's strike and the lead's attack are one happening; the attacks since July and Ukraine's are others.
  assert.deepEqual(events, ['ev1 strike', 'ev2 attacked = ev1', 'ev3 attacked', 'ev4 attacked'])
})

test('senses read against their neighbours: a press release, aid workers and a quake are no events', () => {
  assert.deepEqual(coded('The ministry issued a press release about the border on Tuesday.'), [])
  assert.deepEqual(coded('Aid workers reached the valley on Monday.'), [])
  assert.deepEqual(coded('The town was flattened after the quake struck on Monday.'), [])
  assert.deepEqual(coded('The storm that struck the coast left thousands without power.'), [])
})

test('dropped bombs and firebombs are assaults, a hack is a cyberattack, a sentence handed down a conviction', () => {
  assert.match(coded('Rebel aircraft dropped bombs on the market in Idlib.').join(), /^ASSAULT\/explosives/)
  assert.match(coded('Militants firebombed a police station near the border.').join(), /^ASSAULT\/explosives/)
  assert.match(coded('Russian agents hacked the servers of the Estonian parliament.').join(), /^COERCE\/cyber Russia/)
  assert.deepEqual(coded('The prosecutor dropped the charges against the mayor.'), [])
  assert.match(coded('The court handed down a sentence of ten years to Ali Hassan.').join(), /^SANCTION\/convict/)
})

test('a verbal event by an unnamed speaker keeps the speaker’s words, not a place inside them', () => {
  const analysis = analyze('Officials in Kyiv condemned the attack on the power station.', { published: '2026-11-27' })
  const event = analysis.events.find((e) => e.type === 'ACCUSE')
  assert.ok(event)
  assert.deepEqual(event.actors, [])
  assert.deepEqual(
    (event.actorSpans ?? []).map((s) => s.text),
    ['Officials in Kyiv'],
  )
})
