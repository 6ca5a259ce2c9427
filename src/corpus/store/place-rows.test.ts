// The place columns of the corpus on both engines: events filtered by country, region and box, the map
// aggregate and the CSV's ActionGeo columns. Articles are the team's own sentences.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { AppError } from '../../errors.js'
import { storeEngines } from '../../test-support/corpus-fixtures.js'
import { CSV_COLUMNS, eventCsvRows } from '../export.js'
import { ingest } from '../ingest/ingest.js'
import { CorpusStore } from './corpus-store.js'

const ARTICLES = [
  'Farmers protested in Lyon on Monday against the new water rules. The police arrested six farmers in Lyon.',
  'Hundreds of nurses protested in Austin, Texas, on Tuesday over pay. Governor Dale Ortiz met the union in Austin.',
  'Residents protested in Kharkiv after the strike on a school.',
]

const engines = storeEngines('places')

for (const engine of engines) {
  describe(`places in the corpus on ${engine.name}`, { skip: engine.skip }, () => {
    let store: CorpusStore
    let cleanup: () => Promise<void>
    before(async () => {
      const opened = await engine.open()
      cleanup = opened.cleanup
      store = await CorpusStore.open(opened.target)
      const dir = mkdtempSync(join(tmpdir(), 'ng-places-in-'))
      writeFileSync(
        join(dir, 'articles.jsonl'),
        ARTICLES.map((text, k) => JSON.stringify({ text, source: `outlet${k}`, published: '2026-05-08' })).join('\n'),
      )
      const result = await ingest(store, [dir], { workers: 0 })
      assert.equal(result.stored, ARTICLES.length, JSON.stringify(result))
    })
    after(async () => {
      await store.close()
      await cleanup()
    })

    test('events filter by the country of their place', async () => {
      const french = await store.events({ country: 'FRA' })
      assert.ok(french.items.length >= 1)
      assert.ok(french.items.every((e) => e.place?.country === 'FRA' && e.place.name === 'Lyon'))
      const both = await store.events({ country: 'fra,usa' })
      assert.ok(both.items.length > french.items.length)
    })

    test('events filter by first-level region, by code or by name', async () => {
      const byName = await store.events({ admin1: 'Texas' })
      const byCode = await store.events({ admin1: 'US.TX' })
      assert.ok(byName.items.length >= 1)
      assert.deepEqual(
        byName.items.map((e) => e.id),
        byCode.items.map((e) => e.id),
      )
      assert.ok(byName.items.every((e) => e.place?.name === 'Austin'))
    })

    test('events filter by a bounding box', async () => {
      // Eastern Europe: Kharkiv only.
      const box = await store.events({ bbox: '22,44,40,53' })
      assert.ok(box.items.length >= 1)
      assert.ok(box.items.every((e) => e.place?.country === 'UKR'))
      await assert.rejects(store.events({ bbox: '1,2,3' }), AppError)
      await assert.rejects(store.events({ country: 'France' }), AppError)
    })

    test('the map aggregates events by place', async () => {
      const places = await store.places()
      const lyon = places.find((p) => p.name === 'Lyon')
      assert.ok(lyon)
      assert.equal(lyon.country, 'FRA')
      assert.ok(lyon.events >= 1 && lyon.articles === 1)
      assert.ok(Math.abs(lyon.lat - 45.75) < 0.1 && Math.abs(lyon.lon - 4.85) < 0.1)
      const protests = await store.places({ type: 'PROTEST', country: 'USA' })
      assert.deepEqual(
        protests.map((p) => p.name),
        ['Austin'],
      )
    })

    test('the CSV export has GDELT ActionGeo columns', async () => {
      const { items } = await store.events({ admin1: 'Texas', type: 'PROTEST' })
      const line = eventCsvRows(items[0])[0]
      // Fields split at commas outside double quotes: the full name holds commas of its own.
      const row = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, ''))
      const column = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)]
      assert.equal(column('ActionGeo_FullName'), 'Austin, Texas, USA')
      assert.equal(column('ActionGeo_CountryCode'), 'USA')
      assert.equal(column('ActionGeo_ADM1Code'), 'US.TX')
      assert.ok(Math.abs(Number(column('ActionGeo_Lat')) - 30.27) < 0.1)
      assert.ok(Math.abs(Number(column('ActionGeo_Long')) + 97.74) < 0.1)
      assert.match(column('ActionGeo_FeatureID'), /^\d+$/)
    })
  })
}
