// Hashes what a corpus answers: ingests a fixed set of our own generated articles (dated, from three outlets,
// with copies) into a fresh store, asks every query, and hashes the answers, so that a change to the store meant
// to keep its behaviour (a split, a speed fix) can prove it did. Ids and cursors are content-derived, so the hash
// is the same across runs; `ingested_at` is never answered.
//   npx tsx scripts/corpus-golden.ts                    SQLite, a temporary file
//   npx tsx scripts/corpus-golden.ts --db postgres://…  PostgreSQL (the database is emptied first)
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLES_DIR, generateCorpus, readArticles } from '../src/bench/generate-corpus.js'
import { CorpusStore, ingest } from '../src/corpus/index.js'

const ARTICLES = 60
const OUTLETS = ['Daily Wire Service', 'Coast Courier', 'Metro Ledger']

async function emptyPostgres(url: string): Promise<void> {
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  await client.end()
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const dir = mkdtempSync(join(tmpdir(), 'corpus-golden-'))
  const target = args.includes('--db') ? args[args.indexOf('--db') + 1] : join(dir, 'corpus.db')
  if (target.startsWith('postgres')) await emptyPostgres(target)
  const samples = readArticles(EXAMPLES_DIR)
  const texts = generateCorpus(samples, ARTICLES, 7)
  // Every tenth article is run again by another outlet: copies and their sources are answered too.
  const lines = texts.flatMap((text, k) => {
    const day = `2025-03-${String(1 + (k % 28)).padStart(2, '0')}`
    const item = { text, title: text.split('\n')[0].slice(0, 80), published: day, source: OUTLETS[k % 3] }
    return k % 10 === 0 ? [item, { ...item, source: 'Reprint Weekly' }] : [item]
  })
  const store = await CorpusStore.open(target)
  try {
    // One at a time: the order of storing decides sequence numbers, stories and which copy is the original.
    const outcomes: unknown[] = []
    for (const [k, line] of lines.entries()) {
      const file = join(dir, `${String(k).padStart(3, '0')}.jsonl`)
      writeFileSync(file, JSON.stringify(line))
      const { stored, duplicates, failed } = await ingest(store, [file], { workers: 0 })
      outcomes.push({ stored, duplicates, failed: failed.length })
    }
    const answers: Record<string, unknown> = { outcomes, stats: await store.stats() }
    const all = async <T>(ask: (cursor?: string) => Promise<{ items: T[]; next?: string }>) => {
      const items: T[] = []
      let cursor: string | undefined
      do {
        const page = await ask(cursor)
        items.push(...page.items)
        cursor = page.next
      } while (cursor)
      return items
    }
    for (const text of ['minister', 'storm', 'talks ceasefire', 'budget'])
      answers[`search ${text}`] = await all((cursor) => store.search({ text, limit: 7, cursor }))
    answers.quotes = await all((cursor) => store.quotes({ limit: 9, cursor }))
    answers.events = await all((cursor) => store.events({ limit: 9, cursor }))
    answers.claims = await all((cursor) => store.claims({ limit: 9, cursor }))
    answers.timeline = await store.timeline({})
    answers.network = await store.network({})
    answers.places = await store.places({})
    const actors = await store.db.all<{ id: string; name: string }>('SELECT id, name FROM actors ORDER BY id')
    for (const actor of actors.slice(0, 40)) {
      answers[`dossier ${actor.id}`] = await store.dossier(actor.id)
      answers[`candidates ${actor.name}`] = await store.actorCandidates(actor.name)
      answers[`quotes by ${actor.id}`] = await all((cursor) => store.quotes({ speaker: actor.id, cursor }))
      answers[`events of ${actor.id}`] = await all((cursor) => store.events({ actor: actor.id, cursor }))
    }
    const ids = await store.db.all<{ id: string }>('SELECT id FROM articles ORDER BY seq')
    for (const { id } of ids) answers[`article ${id}`] = await store.article(id)
    const hashes: Record<string, string> = {}
    const total = createHash('sha256')
    for (const [name, value] of Object.entries(answers)) {
      const json = JSON.stringify(value)
      hashes[name] = createHash('sha256').update(json).digest('hex').slice(0, 12)
      total.update(`${name}=${json}\n`)
    }
    if (args.includes('--each')) for (const [name, hash] of Object.entries(hashes)) console.log(`${hash} ${name}`)
    console.log(`queries ${Object.keys(answers).length}  total ${total.digest('hex').slice(0, 16)}`)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
