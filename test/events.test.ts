// Events and disputed claims of the seed story (published 2025-02-23); skipped without ../shared.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Analysis } from '../src/doc/analysis.js'
import { analyze } from '../src/index.js'
import { SHARED_DIR, skipWithoutShared } from '../src/test-support/shared-data.js'

const SEED = 'seed/000_0ed92c114fbffe39.txt'

function seed(): {
  analysis: Analysis
  find: (type: string, actor: string, recipient?: string) => Analysis['events'][number] | undefined
} {
  const analysis = analyze(readFileSync(SHARED_DIR + SEED, 'utf8'), { published: '2025-02-23' })
  const entity = new Map(analysis.entities.map((e) => [e.id, e]))
  const matches = (ids: string[], who: string) =>
    ids.some((id) => entity.get(id)?.name.includes(who) || entity.get(id)?.country === who)
  const find = (type: string, actor: string, recipient?: string) =>
    analysis.events.find(
      (e) =>
        e.type === type && matches(e.actors, actor) && (recipient === undefined || matches(e.recipients, recipient)),
    )
  return { analysis, find }
}

test('the seed story yields the events an analyst expects', { skip: skipWithoutShared(SEED) }, () => {
  const { analysis, find } = seed()
  const placeName = (id?: string) => analysis.places?.find((p) => p.id === id)?.name
  assert.ok(find('ACCUSE', 'Trump', 'Zelensky'), 'ACCUSE Trump → Zelensky')
  const talks = find('CONSULT', 'USA')
  assert.ok(
    talks && find('CONSULT', 'RUS') === talks && placeName(talks.location) === 'Saudi Arabia',
    'CONSULT US + Russia in Saudi Arabia',
  )
  assert.ok(find('REJECT', 'Peskov'), 'REJECT by Peskov')
  const drones = find('ASSAULT', 'Russia', 'Ukraine')
  assert.equal(drones?.mode, 'drone')
  assert.equal(drones?.count, 267)
  const visit = find('CONSULT', 'von der Leyen', 'Kyiv')
  assert.equal(visit?.mode, 'visit')
  assert.equal(visit?.date, '2025-02-24')
  assert.equal(visit?.modality, 'future')
  assert.equal(find('SANCTION', 'United Kingdom', 'Russia')?.modality, 'future')
  assert.equal(find('REQUEST', 'Zelensky', 'Trump')?.mode, 'meet')
  assert.ok(
    find('REJECT', 'Zelensky', 'United States')?.trigger.text === 'rejected',
    'REJECT Zelensky (the $500 billion proposal)',
  )
})

test('the seed story’s disputed claims: “started the war” is false, “unpopular” is disputed', {
  skip: skipWithoutShared(SEED),
}, () => {
  const { analysis } = seed()
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
  const started = analysis.claims.find((c) => c.content.text.includes('starting the war'))
  assert.equal(started?.status, 'false')
  assert.equal(name.get(started?.claimant ?? ''), 'Donald Trump')
  const unpopular = analysis.claims.find((c) => c.content.text.includes('unpopular'))
  assert.equal(unpopular?.status, 'disputed')
  assert.equal(unpopular?.marker.text, 'contrary to independent polls')
  assert.equal(name.get(unpopular?.claimant ?? ''), 'Donald Trump')
})
