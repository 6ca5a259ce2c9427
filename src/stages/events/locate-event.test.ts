import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'

const eventsOf = (text: string) => {
  const analysis = analyze(text, { published: '2026-11-27' })
  const name = (id?: string) => analysis.places?.find((p) => p.id === id)?.name
  return analysis.events.map((e) => ({ type: e.type, place: name(e.location), rule: e.locationRule }))
}

test('events/location-clause: the place after "in" in the trigger\'s clause', () => {
  const [event] = eventsOf('Rebels attacked a convoy near Goma on Sunday, officials in Kinshasa said.')
  assert.equal(event.place, 'Goma')
  assert.equal(event.rule, 'events/location-clause')
})

test("events/location-dateline: an event with no place in its clause takes the dateline's", () => {
  const events = eventsOf(
    'Talks Resume\n\nNAIROBI (Reuters) - The two rebel groups agreed to a ceasefire, the mediators announced.',
  )
  assert.ok(events.length >= 1)
  assert.equal(events[0].place, 'Nairobi')
  assert.equal(events[0].rule, 'events/location-dateline')
})

test('events/location-focus: without a dateline, the place the article names most', () => {
  const events = eventsOf(
    'Flooding hit Manila again. Residents of Manila blamed the city. ' +
      'The mayor of Manila condemned the delays on Friday.',
  )
  const condemned = events.find((e) => e.type === 'ACCUSE')
  assert.equal(condemned?.place, 'Manila')
  assert.equal(condemned?.rule, 'events/location-focus')
})

test("a demonym is never an event's place; an article without places leaves events unlocated", () => {
  const [event] = eventsOf('Russian forces shelled the village on Monday.')
  assert.notEqual(event?.rule, 'events/location-clause')
  const [plain] = eventsOf('The union threatened a strike over pay.')
  assert.equal(plain?.place, undefined)
})

test('events/location-clause: "near the village of X" and "in the city of X" name the place', () => {
  const events = eventsOf(
    'Talks Resume\n\nNAIROBI (Reuters) - Twelve shells landed near the village of Goma on Saturday, the army said.',
  )
  assert.equal(events[0]?.place, 'Goma')
  assert.equal(events[0]?.rule, 'events/location-clause')
})
