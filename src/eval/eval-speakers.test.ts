import assert from 'node:assert/strict'
import { test } from 'node:test'
import { evalSpeakers, nameKey, sameSpeaker } from './eval-speakers.js'

test('a name is compared without case, accents, punctuation, possessives or leading titles', () => {
  assert.deepEqual(nameKey('Sen. Tim Kaine'), ['tim', 'kaine'])
  assert.deepEqual(nameKey('President Élise Moreau’s'), ['elise', 'moreau'])
  assert.deepEqual(nameKey('the Kremlin'), ['the', 'kremlin'])
})

test('a surname names a person; a different first name does not', () => {
  assert.ok(sameSpeaker(['Moreau'], ['Élise Moreau'], true))
  assert.ok(sameSpeaker(['Elise Moreau'], ['Gov. Élise Moreau'], true))
  assert.ok(!sameSpeaker(['Paul Moreau'], ['Élise Moreau'], true))
  assert.ok(!sameSpeaker(['Moreau'], ['Élise Moreau'], false), 'an organisation named Moreau is no person')
})

test('scores our speakers by name against the gold, over content-matched relations', () => {
  const text =
    'Mayor Ines Halvorsen said on Tuesday that the bridge would reopen in May.\n' +
    'The transport agency said the repairs had cost more than planned.\n'
  const first = text.indexOf('that the bridge')
  const second = text.indexOf('the repairs')
  const articles = [
    {
      name: 'bridge',
      text,
      annotator: 'a',
      attributions: [
        { id: 'E1', content: [[first, text.indexOf('.\n')]] as [number, number][], source: [], cue: [] },
        { id: 'E2', content: [[second, text.lastIndexOf('.')]] as [number, number][], source: [], cue: [] },
      ],
    },
  ]
  const gold = [
    { article: 'bridge', rel: 'E1', speaker: 'Ines Halvorsen', kind: 'person' as const, aliases: ['Halvorsen'] },
    { article: 'bridge', rel: 'E2', speaker: 'Ines Halvorsen', kind: 'person' as const, aliases: [] },
  ]
  const score = evalSpeakers(articles, gold)
  assert.equal(score.gold, 2)
  assert.equal(score.matched, 2, 'both statements are found by content')
  assert.equal(score.speakerAccuracyOnMatched, 0.5, 'the second statement is the agency’s, not the mayor’s')
})
