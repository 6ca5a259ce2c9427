import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { foldName } from './fold-name.js'
import { defaultPlaceGazetteer } from './place-gazetteer.js'
import { readQualifier } from './read-qualifier.js'
import { resolvePlaces } from './resolve-places.js'

const placesOf = (text: string) => analyze(text, { published: '2026-11-27' }).places ?? []
const placeNamed = (text: string, name: string, nth = 0) => placesOf(text).filter((p) => p.text === name)[nth]

test('places/qualified: "Paris, Texas" is the Texan town, "Paris, France" the capital', () => {
  const texas = placeNamed('The fire in Paris, Texas, destroyed two barns on Monday.', 'Paris')
  assert.equal(texas.country, 'USA')
  assert.equal(texas.admin1Name, 'Texas')
  assert.equal(texas.rule, 'places/qualified')
  const france = placeNamed('The fire in Paris, France, destroyed two barns on Monday.', 'Paris')
  assert.equal(france.country, 'FRA')
  assert.equal(france.id, '2988507')
  assert.ok(Math.abs(france.lat - 48.85) < 0.05 && Math.abs(france.lon - 2.35) < 0.05)
})

test('places/qualified: an AP state abbreviation qualifies a town ("Alexandria, La.")', () => {
  const place = placeNamed('A man from Alexandria, La., was arrested on Friday.', 'Alexandria')
  assert.equal(place.admin1, 'US.LA')
  assert.equal(place.country, 'USA')
})

test('places/context: Georgia is the country beside Tbilisi and Armenia, the state beside Atlanta and Alabama', () => {
  const country = placeNamed(
    'Georgia and Armenia signed a border deal in Tbilisi. Georgia will open two crossings.',
    'Georgia',
  )
  assert.equal(country.kind, 'country')
  assert.equal(country.country, 'GEO')
  const state = placeNamed(
    'Storms hit Atlanta and Savannah on Sunday, and Georgia asked Alabama for help with the clean-up.',
    'Georgia',
  )
  assert.equal(state.kind, 'region')
  assert.equal(state.id, 'US.GA')
})

test('places/dateline: the dateline decides an ambiguous town named later', () => {
  const text =
    'Two Men Charged With Arson\n\nAUSTIN, Texas (AP) — Police in Paris said on Monday that two men were charged.'
  const places = placesOf(text)
  assert.equal(places[0].rule, 'places/dateline')
  assert.equal(places[0].admin1, 'US.TX')
  const paris = places.find((p) => p.text === 'Paris')
  assert.equal(paris?.country, 'USA')
  assert.equal(paris?.admin1, 'US.TX')
  const analysis = analyze(text)
  assert.equal(analysis.article.place, places[0].id)
})

test('a metonym keeps its place: "Moscow said" is the Russian capital, and Moscow is an actor too', () => {
  const text = 'Moscow said on Tuesday it would expel two diplomats from Idaho and Oregon.'
  const analysis = analyze(text)
  const moscow = analysis.places?.find((p) => p.text === 'Moscow')
  assert.equal(moscow?.country, 'RUS')
  assert.equal(moscow?.metonym, true)
  assert.equal(moscow?.id, '524901')
  const actor = analysis.entities.find((e) => e.name === 'Moscow')
  assert.equal(actor?.country, 'RUS')
})

test('places/demonym: a nationality word stands for its country', () => {
  const place = placeNamed('Ukrainian officials met in Warsaw.', 'Ukrainian')
  assert.equal(place?.country, 'UKR')
  assert.equal(place?.rule, 'places/demonym')
  assert.equal(place?.kind, 'country')
})

test('the entity of Florida is coded USA, not Cuba (whose town Florida is larger than the one in Florida)', () => {
  const analysis = analyze('Florida officials said the storm had passed.')
  assert.equal(analysis.entities.find((e) => e.name === 'Florida')?.country, 'USA')
  assert.equal(analysis.places?.find((p) => p.text === 'Florida')?.id, 'US.FL')
})

test('every place span is exact and every unknown name is left out', () => {
  const text = 'Crews cleared Orchard St. in Shreveport after the storm reached Louisiana.'
  const analysis = analyze(text)
  for (const p of analysis.places ?? []) assert.equal(text.slice(p.start, p.end), p.text)
  assert.ok(!(analysis.places ?? []).some((p) => p.text.startsWith('Orchard')))
  assert.equal(analysis.places?.find((p) => p.text === 'Shreveport')?.admin1, 'US.LA')
})

test('bad input never throws: empty text, no places, odd characters', () => {
  assert.deepEqual(placesOf(''), [])
  assert.deepEqual(placesOf('nothing here at all.'), [])
  const gazetteer = defaultPlaceGazetteer()
  assert.deepEqual(resolvePlaces(gazetteer, '', [{ start: 0, end: 0, text: '' }]), [undefined])
  assert.deepEqual(resolvePlaces(gazetteer, '\u0000,', [{ start: 0, end: 1, text: '\u0000' }]), [undefined])
})

test('readQualifier reads the longest region or country after the comma', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'Springfield, Ill., and Charleston, W.Va., and Kyiv, Ukraine.'
  const ill = readQualifier(gazetteer, text, text.indexOf(','))
  assert.equal(ill && text.slice(ill.start, ill.end), 'Ill.')
  const wva = readQualifier(gazetteer, text, text.indexOf(', W.'))
  assert.equal(wva && gazetteer.entry(wva.entries[0]).id, 'US.WV')
  const ukraine = readQualifier(gazetteer, text, text.indexOf(', Ukr'))
  assert.equal(ukraine && text.slice(ukraine.start, ukraine.end), 'Ukraine')
  assert.equal(readQualifier(gazetteer, 'Paris, which is big', 5), undefined)
})

test('foldName folds case, accents, full stops, hyphens and "Saint"', () => {
  assert.equal(foldName('St. Louis'), foldName('Saint Louis'))
  assert.equal(foldName('Côte-d’Ivoire'), 'cote d’ivoire')
  assert.equal(foldName('the Netherlands'), 'netherlands')
  assert.equal(foldName('Ukraine’s'), 'ukraine')
})

test('places/colocated: a town and a county of other names that lie together decide each other', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'The burn ban in Walker County ended after Huntsville firefighters put out the last grass fire.'
  const query = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })
  const [county, town] = resolvePlaces(gazetteer, text, [query('Walker County'), query('Huntsville')])
  assert.equal(town?.admin1, 'US.TX')
  assert.equal(county?.admin1, 'US.TX')
  assert.equal(town?.rule, 'places/colocated')
  // Alone, Huntsville is the best-known one, in Alabama.
  const alone = 'Huntsville firefighters put out the last grass fire.'
  assert.equal(resolvePlaces(gazetteer, alone, [{ start: 0, end: 10, text: 'Huntsville' }])[0]?.admin1, 'US.AL')
})

test('places/only: an AP state abbreviation with its full stop is the state alone ("Kan."), not a town "Kan"', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'Wheat farmers in Kan. and Pa. expect a late harvest.'
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })
  const [kansas, pennsylvania] = resolvePlaces(gazetteer, text, [at('Kan.'), at('Pa.')])
  assert.equal(kansas?.id, 'US.KS')
  assert.equal(pennsylvania?.id, 'US.PA')
  // Initials are no such abbreviation: "L.A." is Los Angeles.
  const la = resolvePlaces(gazetteer, 'Traffic in L.A. stopped.', [{ start: 11, end: 15, text: 'L.A.' }])[0]
  assert.equal(la?.id, '5368361')
})

test('places/qualifier: the region after "Atlanta," is the state that holds Atlanta, not the country Georgia', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'Flights from Atlanta, Georgia, were cancelled.'
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })
  const [atlanta, georgia] = resolvePlaces(gazetteer, text, [at('Atlanta'), at('Georgia')])
  assert.equal(georgia?.id, 'US.GA')
  assert.equal(georgia?.rule, 'places/qualifier')
  assert.equal(atlanta?.admin1, 'US.GA')
})

test('places/only: short names and adjectives of regions ("NSW", "Abkhaz", "Sinhalese") and continent points', () => {
  const gazetteer = defaultPlaceGazetteer()
  const resolve = (name: string) =>
    resolvePlaces(gazetteer, `${name} news`, [{ start: 0, end: name.length, text: name }])[0]
  assert.equal(resolve('NSW')?.id, 'AU.02')
  assert.equal(resolve('Abkhaz')?.id, 'GE.02')
  assert.equal(resolve('Sinhalese')?.country, 'LKA')
  // Continents sit at GeoNames' points; regions near the middle of their land, not of their towns.
  const asia = resolve('Asia')
  assert.ok(asia && Math.abs(asia.lat - 29.84) < 0.1 && Math.abs(asia.lon - 89.3) < 0.1)
  const nsw = resolve('New South Wales')
  assert.ok(nsw && nsw.lon > 146 && nsw.lon < 149.5)
})

test('places/colocated: one county named twice ("Clarke", "Clarke County") is no evidence for itself', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'Clarke County schools in Athens reopened; Clarke officials said buses run again.'
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })
  const places = resolvePlaces(gazetteer, text, [at('Clarke County'), at('Athens'), at('Clarke')])
  for (const p of places) assert.equal(p?.admin1, 'US.GA')
})

test('places/only: a county without its word ("Kanawha"), "Loudon Co." and "Town of Groton"', () => {
  const gazetteer = defaultPlaceGazetteer()
  const resolve = (name: string) =>
    resolvePlaces(gazetteer, `${name} news`, [{ start: 0, end: name.length, text: name }])[0]
  assert.equal(resolve('Kanawha')?.name, 'Kanawha County')
  assert.equal(resolve('Kanawha')?.admin1, 'US.WV')
  assert.equal(resolve('Loudon Co.')?.name, 'Loudon County')
  assert.equal(resolve('Town of Groton')?.name, 'Groton')
  // A county's bare name never hides a town of that name: "Houston" is the city.
  assert.equal(resolve('Houston')?.kind, 'city')
})

test('places/capital-over-region: "Washington" is the capital, but the state in a list of states', () => {
  const gazetteer = defaultPlaceGazetteer()
  const resolveAll = (text: string, names: string[]) =>
    resolvePlaces(
      gazetteer,
      text,
      names.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })),
    )
  const [capital] = resolveAll('Officials in Washington said the talks would resume.', ['Washington'])
  assert.equal(capital?.rule, 'places/capital-over-region')
  assert.equal(capital?.admin1, 'US.DC')
  const list = 'Cases were found in Texas, Iowa and Washington.'
  const [, , state] = resolveAll(list, ['Texas', 'Iowa', 'Washington'])
  assert.equal(state?.id, 'US.WA')
})

test('places/prior: a demonym tagged as a place is its country, over a small town of that spelling ("Canadian")', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'Canadian officials closed the border crossing.'
  const [place] = resolvePlaces(gazetteer, text, [{ start: 0, end: 8, text: 'Canadian' }])
  assert.equal(place?.id, 'CAN')
})

test('places/context: a county named without its word beside towns of that name ("DeKalb" near Atlanta)', () => {
  const gazetteer = defaultPlaceGazetteer()
  const text = 'DeKalb schools near Atlanta and Decatur, Ga., closed for the storm.'
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name })
  const [dekalb] = resolvePlaces(gazetteer, text, [at('DeKalb'), at('Atlanta'), at('Decatur')])
  assert.equal(dekalb?.name, 'DeKalb County')
  assert.equal(dekalb?.admin1, 'US.GA')
  // Alone it is the Illinois town, the best known of the name.
  assert.equal(resolvePlaces(gazetteer, 'DeKalb news', [{ start: 0, end: 6, text: 'DeKalb' }])[0]?.admin1, 'US.IL')
})
