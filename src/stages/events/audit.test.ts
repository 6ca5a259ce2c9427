// The event examples of issue 27's reader's audit, retold in sentences written by the team.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../index.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

/** The events of one text as "TYPE[/mode] actor words -> recipient words (modality) date". */
function coded(text: string): string[] {
  const analysis = analyze(text, { published: '2026-11-27' })
  assertValidAnalysis(analysis)
  const words = (spans: { text: string }[] | undefined) => (spans ?? []).map((s) => s.text).join('+')
  return analysis.events.map(
    (e) =>
      `${e.type}${e.mode ? '/' + e.mode : ''} ${words(e.actorSpans)} -> ${words(e.recipientSpans)} ` +
      `(${e.modality}) ${e.date ?? '-'}`,
  )
}

test('events/negated-parse: "did not step up to oppose" is no rejection', () => {
  assert.deepEqual(coded('Senator Ana Ruiz did not step up to oppose Governor Tom Reyes.'), [])
  assert.deepEqual(coded("Senator Ana Ruiz didn't step up to oppose Governor Tom Reyes."), [])
  // Without the negation it is one.
  assert.equal(coded('Senator Ana Ruiz stepped up to oppose Governor Tom Reyes.')[0]?.split(' ')[0], 'REJECT')
})

test('events/arguments-reduced-relative: the allegations Moscow levels against Kyiv come from Moscow', () => {
  const [allegation] = coded('The allegations Moscow levels against Kyiv were rejected by Ukraine.')
  assert.match(allegation, /^ACCUSE\/allege Moscow -> Kyiv /)
})

test('events/arguments-parse-noun: condemnation from a ministry has the ministry as its actor', () => {
  const [condemnation] = coded('The decision drew condemnation from the Estonian Foreign Ministry.')
  assert.match(condemnation, /^ACCUSE\/disapprove the Estonian Foreign Ministry -> /)
  assert.match(condemnation, /\(asserted\)/, 'a plan that drew condemnation is no future event')
})

test('events/arguments-parse-participle: the documents seized by the army in 2008 are dated 2008, not the day of publication', () => {
  assert.deepEqual(coded('The court examined the documents seized by the army in 2008.'), [
    'COERCE/seize the army ->  (asserted) 2008',
  ])
})

test('events/date-background: a past perfect without a date of its own takes none', () => {
  const [seizure] = coded('The rebels had seized the town of Vell.')
  assert.match(seizure, /^COERCE\/seize .* -$/)
})

test('events/date-clause: a date in another clause does not date the event', () => {
  const events = coded('Ana Ruiz will meet Tom Reyes in Vienna in December, her office said on Sunday.')
  assert.match(events[0], /^CONSULT .*\(future\) 2026-12$/)
})

test('trigger senses: a press release, aid workers and a quake are no events', () => {
  assert.deepEqual(coded('The ministry issued a press release on Monday.'), [])
  assert.deepEqual(coded('Aid workers left Gondar on Monday.'), [])
  assert.deepEqual(coded('The quake struck the coast of Vell on Monday.'), [])
})

test('trigger senses: dropped bombs, firebombing and hacking are attacks', () => {
  assert.match(coded('Valdorian warplanes dropped bombs on the market in Vell.')[0], /^ASSAULT\/explosives /)
  assert.match(coded('Militants claimed the firebombing of a church in Vell.')[0], /^ASSAULT\/explosives /)
  assert.match(coded('Hackers hacked the servers of the Estonian ministry.')[0], /^COERCE\/cyber Hackers -> /)
})

test('events/arguments-parse-verb: coordinated subjects are compound actors', () => {
  assert.deepEqual(coded('Britain and France imposed sanctions on Belarus.'), [
    'SANCTION Britain+France -> Belarus (asserted) 2026-11-27',
  ])
})

test('trigger senses: seizing on a report seizes nothing, seizing weapons is coercion', () => {
  assert.deepEqual(coded('Senator Ana Ruiz is seizing on a report about the budget.'), [])
  assert.match(coded('Police seized weapons from the rebels in Vell.')[0], /^COERCE\/seize Police -> /)
})

test('events/sense-violence, events/sense-object, events/lexicon: each event names the rule that read its sense', () => {
  const rules = (text: string) => analyze(text, { published: '2026-11-27' }).events.map((e) => e.rule)
  assert.deepEqual(rules('Valdorian warplanes dropped bombs on the market in Vell.'), ['events/sense-violence'])
  assert.deepEqual(rules('Sweden suspended development aid to Mali in May.'), ['events/sense-object'])
  assert.deepEqual(rules('Hungary accused Ukraine of mistreating its minority.'), ['events/lexicon'])
})
