// Where an ingested article's date comes from, as a user runs `newsgraph ingest`: a manifest line, a date in the
// file's name (on by default, off with --no-date-from-name), --published for the rest; an undated article keeps
// "on Tuesday" unresolved and the summary says how many are undated. Each item prints its own line.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { generatedArticle } from '../test-support/feed-fixtures.js'
import { ingestCommand } from './commands/corpus.js'

/** An article of its own per town (generated sentences after ours), so that none is stored as a copy of another. */
const ARTICLE = (town: string, k: number) =>
  `Bridge in ${town} reopens\nThe mayor of ${town}, Edda Vasquez, reopened the old bridge on Tuesday. "Traffic will flow again," Vasquez said. ${generatedArticle(k).text}`

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-dates-'))
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in', 'ledger_2016-03-11_bridge.txt'), ARTICLE('Arnhill', 1))
  writeFileSync(join(dir, 'in', 'no-date-here.txt'), ARTICLE('Dunmore', 2))
  writeFileSync(join(dir, 'in', 'bad_2016-02-30_day.txt'), ARTICLE('Valmore', 3))
  writeFileSync(
    join(dir, 'in', 'manifest.jsonl'),
    JSON.stringify({ text: ARTICLE('Northgate', 4), published: '2015-07-01', source: 'Wire' }),
  )
  return dir
}

async function ingestRun(args: string[]) {
  let out = ''
  const status = await ingestCommand(
    args,
    (t) => void (out += t),
    () => {},
  )
  return { status, out }
}

async function datesOf(db: string) {
  const store = await CorpusStore.open(db)
  try {
    const rows = await store.db.all<{ id: string; text: string; published: string | null; source: string | null }>(
      'SELECT id, text, published, source FROM articles ORDER BY seq',
    )
    const result: Record<string, { published: string | null; from?: string; source: string | null; tuesday?: string }> =
      {}
    for (const r of rows) {
      const analysis = (await store.article(r.id))?.analysis
      result[/Bridge in (\w+)/.exec(r.text)![1]] = {
        published: r.published,
        ...(analysis?.article.publishedSource && { from: analysis.article.publishedSource }),
        source: r.source,
        // The first time is our 'on Tuesday': its value, or why it has none.
        tuesday: analysis?.times[0]?.value ?? analysis?.times[0]?.anchor,
      }
    }
    return result
  } finally {
    await store.close()
  }
}

test('dates from a manifest, a file name, --published; the undated left unresolved and counted', async () => {
  const dir = folder()
  const db = join(dir, 'a.db')
  const { status, out } = await ingestRun([join(dir, 'in'), '--db', db, '--workers', '0', '--source', 'Ledger'])
  assert.equal(status, 0, out)
  assert.match(out, /^stored +a[0-9a-f]{16} {2}2016-03-11 \(file-name\) {2}.*ledger_2016-03-11_bridge\.txt$/m)
  assert.match(out, /^stored +a[0-9a-f]{16} {2}undated {2}.*no-date-here\.txt$/m)
  assert.match(out, /2 stored articles have no publication date/, 'the impossible day in a name dates nothing')
  const dates = await datesOf(db)
  assert.deepEqual(dates.Arnhill, {
    published: '2016-03-11',
    from: 'file-name',
    source: 'Ledger',
    tuesday: '2016-03-08',
  })
  assert.deepEqual(dates.Northgate, {
    published: '2015-07-01',
    from: 'manifest',
    source: 'Wire',
    tuesday: '2015-06-30',
  })
  assert.deepEqual(dates.Dunmore, { published: null, source: 'Ledger', tuesday: 'unknown' })
  assert.equal(dates.Valmore.tuesday, 'unknown')
})

test('--published dates what nothing else does; --no-date-from-name ignores names', async () => {
  const dir = folder()
  const db = join(dir, 'b.db')
  const args = [join(dir, 'in'), '--db', db, '--workers', '0', '--published', '2020-01-15', '--no-date-from-name']
  const { status, out } = await ingestRun(args)
  assert.equal(status, 0, out)
  assert.doesNotMatch(out, /no publication date/)
  const dates = await datesOf(db)
  assert.equal(dates.Arnhill.published, '2020-01-15')
  assert.equal(dates.Arnhill.from, 'caller')
  assert.equal(dates.Northgate.published, '2015-07-01', 'the manifest wins over --published')
  await assert.rejects(ingestRun([join(dir, 'in'), '--db', db, '--published', '2020-02-30']), /expected --published/)
})
