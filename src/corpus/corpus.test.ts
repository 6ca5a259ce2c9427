// The corpus on both engines: one suite, run on a real SQLite file and (when NEWSGRAPH_TEST_POSTGRES is set) on
// a fresh database of a real PostgreSQL server. Articles are the team's own (examples/ and test fixtures).
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { eventCsvRows, exportCorpus } from './export.js'
import { ingest } from './ingest/ingest.js'
import { prepareItem, toRecord } from './ingest/prepare.js'
import { analyze } from '../pipeline/analyze.js'
import { CorpusStore } from './store/corpus-store.js'
import { toStoredAnalysis } from './store/stored-analysis.js'
import { AppError } from '../errors.js'
import { assertValidAnalysis } from '../test-support/check-analysis.js'
import { storeEngines, writeCorpusFixtures } from '../test-support/corpus-fixtures.js'

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

/** Ingests one article of ours (its paragraphs), published on 2026-05-08 by `source`. */
async function ingestOne(store: CorpusStore, source: string, paragraphs: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-one-'))
  writeFileSync(
    join(dir, 'article.jsonl'),
    JSON.stringify({ text: paragraphs.join('\n\n'), source, published: '2026-05-08' }) + '\n',
  )
  const result = await ingest(store, [dir], { workers: 0 })
  assert.equal(result.stored, 1, JSON.stringify(result))
}

const engines = storeEngines('store')

for (const engine of engines) {
  describe(`corpus on ${engine.name}`, { skip: engine.skip }, () => {
    let store: CorpusStore
    let cleanup: () => Promise<void>
    let fixtures: { good: string; bad: string }
    let first: Awaited<ReturnType<typeof ingest>>

    before(async () => {
      const opened = await engine.open()
      cleanup = opened.cleanup
      fixtures = writeCorpusFixtures(mkdtempSync(join(tmpdir(), 'ng-fixtures-')))
      store = await CorpusStore.open(opened.target)
      first = await ingest(store, [fixtures.good, fixtures.bad], { workers: 2 })
    })
    after(async () => {
      await store?.close()
      await cleanup?.()
    })

    test('ingests every good article once, links the copies, and reports each bad input without stopping', async () => {
      // 5 examples + 2 stories of the JSONL (its 2 copies linked) + 1 page + 2 feed items + broken HTML + Windows-1252 + French
      assert.equal(first.stored, 13, JSON.stringify(first))
      assert.equal(first.duplicates, 2)
      const failed = first.failed.map((f) => f.reason).join('\n')
      assert.match(failed, /binary/)
      assert.match(failed, /not a well-formed feed/)
      assert.match(failed, /no article text/)
      assert.equal(first.failed.length, 3)
      assert.deepEqual(
        first.notEnglish.map((n) => n.language),
        ['fr'],
      )
    })

    test('a second run over the same inputs stores nothing new', async () => {
      const again = await ingest(store, [fixtures.good, fixtures.bad], { workers: 0 })
      assert.equal(again.stored, 0)
      assert.equal(again.duplicates, 0)
      assert.equal(again.skipped, 15)
      assert.equal((await store.stats()).articles, 15)
    })

    test('search counts distinct stories and lists every outlet of a wire story', async () => {
      const result = await store.search({ text: 'grain corridor' })
      assert.equal(result.items.length, 1)
      assert.equal(result.stories, 1)
      assert.deepEqual([...result.items[0].sources].sort(), ['Daily Ledger', 'Harbor Times', 'Valley Post'])
      assert.match(result.items[0].snippet, /grain corridor/i)
    })

    test('the HTML page keeps its JSON-LD date and title, and never its scripts or navigation', async () => {
      const [hit] = (await store.search({ text: 'dock workers strike' })).items
      const article = await store.article(hit.id)
      assert.equal(article?.published, '2026-03-05T09:30:00Z')
      assert.equal(article?.title, 'Dock Workers End Strike at Port of Selby')
      assert.ok(article?.analysis)
      assertValidAnalysis(article.analysis)
      assert.doesNotMatch(article.analysis.article.text, /tracker|onerror|Most read|Ten things/)
    })

    test('quotes by speaker and topic, with the copies not counted twice', async () => {
      const saar = await store.quotes({ speaker: 'Kadri Saar' })
      assert.ok(saar.items.some((q) => q.content.includes('Ships will move again')))
      assert.equal(saar.items.filter((q) => q.content.includes('Ships will move again')).length, 1)
      const about = await store.quotes({ about: 'trade war' })
      assert.ok(about.items.length >= 1 && about.items.every((q) => q.content.toLowerCase().includes('trade war')))
    })

    test('events by actor, type and date; the dossier, timeline and network agree', async () => {
      const consult = await store.events({ type: 'CONSULT', from: '2026-03-01', to: '2026-03-31' })
      assert.ok(
        consult.items.some((e) => e.actors.some((a) => a.name === 'Estonia') && e.date === '2026-03-02'),
        JSON.stringify(consult.items.map((e) => [e.actors.map((a) => a.name), e.date])),
      )
      const byActor = await store.events({ actor: 'Kadri Saar' })
      assert.ok(byActor.items.some((e) => e.type === 'REQUEST' && e.recipients.some((r) => r.name === 'Latvia')))
      const dossier = await store.dossier('Saar')
      assert.ok(dossier && !('candidates' in dossier), JSON.stringify(dossier))
      assert.equal(dossier.name, 'Kadri Saar')
      assert.ok(dossier!.quotes.length >= 1 && dossier!.eventsAsActor.length >= 1)
      assert.ok(dossier!.counterparts.some((c) => c.name === 'Latvia'))
      assert.equal(dossier.totals.quotes, dossier.quotes.length)
      assert.equal(dossier.totals.eventsAsActor, dossier.eventsAsActor.length)
      const days = dossier.eventsAsActor.map((e) => e.date ?? '')
      assert.deepEqual(days, [...days].sort().reverse(), 'newest first')
      const timeline = await store.timeline({ actor: 'Estonia' })
      assert.ok(timeline.some((t) => t.date === '2026-03-02' && t.type === 'CONSULT'))
      const network = await store.network()
      assert.ok(
        network.some(
          (e) => e.sourceName === 'Kadri Saar' && e.targetName === 'Latvia' && e.type === 'REQUEST' && e.score === 0,
        ),
      )
    })

    test('claims the reporting disputes', async () => {
      const claims = await store.claims({ status: 'unsupported' })
      assert.ok(claims.items.some((c) => c.claimant === 'Paul Granger' && c.content.includes('Chinese steel')))
    })

    test('every page of a paginated query, and nothing twice', async () => {
      const all = (await store.quotes({ limit: 1000 })).items.map((q) => `${q.article}/${q.id}`)
      const paged: string[] = []
      let cursor: string | undefined
      do {
        const page = await store.quotes({ limit: 3, cursor })
        paged.push(...page.items.map((q) => `${q.article}/${q.id}`))
        cursor = page.next
      } while (cursor)
      assert.deepEqual(paged, all)
      assert.ok(all.length > 10)
    })

    test('filters are data, never SQL; bad filters are clear errors', async () => {
      assert.deepEqual((await store.quotes({ speaker: "x' OR 1=1 --" })).items, [])
      assert.deepEqual((await store.events({ where: "%' OR '1'='1" })).items, [])
      assert.ok(Array.isArray((await store.search({ text: 'grain") OR ("a' })).items))
      await assert.rejects(
        store.quotes({ cursor: 'not-a-cursor' }),
        (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
      )
      await assert.rejects(
        store.events({ from: '2026-13-45' }),
        (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
      )
      await assert.rejects(
        store.events({ type: 'ASSAULT; DROP TABLE events' }),
        (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
      )
      await assert.rejects(
        store.quotes({ limit: 100_000 }),
        (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
      )
      assert.equal((await store.stats()).articles, 15)
    })

    test('exports: JSONL of valid analyses, CSV with one row per event pair, GEXF of the network', async () => {
      let jsonl = ''
      await exportCorpus(store, 'jsonl', (chunk) => {
        jsonl += chunk
      })
      const lines = jsonl.trim().split('\n')
      assert.equal(lines.length, 13)
      for (const line of lines) assertValidAnalysis(JSON.parse(line))
      let csv = ''
      await exportCorpus(store, 'csv', (chunk) => {
        csv += chunk
      })
      const rows = csv.trim().split('\n')
      assert.match(rows[0], /^date,actor1_name,actor1_country/)
      assert.ok(rows.some((r) => r.includes('Kadri Saar') && r.includes('REQUEST') && r.includes('Latvia')))
      let gexf = ''
      await exportCorpus(store, 'gexf', (chunk) => {
        gexf += chunk
      })
      assert.match(gexf, /<gexf xmlns="http:\/\/gexf.net\/1.3"/)
      assert.match(gexf, /label="Kadri Saar"/)
    })

    test('a bad article in a batch fails alone; the others of its batch are committed', async () => {
      const good = await prepareItem({
        name: 'good',
        text: 'Mayor Jonas Ekberg opened a library in Tarnby on Monday, the council said.',
        source: 'Batch Test',
      })
      const bad = await prepareItem({
        name: 'bad',
        text: 'Mayor Jonas Ekberg closed a library in Tarnby on Tuesday, the council said.',
        source: 'Batch Test',
      })
      assert.ok(!('error' in good) && !('error' in bad))
      const broken = { ...toRecord(bad), language: null as unknown as string }
      const [ok, failed] = await Promise.allSettled([
        store.save(toRecord(good, toStoredAnalysis(analyze(good.text)))),
        store.save(broken),
      ])
      assert.equal(ok.status, 'fulfilled')
      assert.equal(failed.status, 'rejected')
      assert.ok(await store.has(good.key))
      assert.ok(!(await store.has(bad.key)))
    })

    test('a copy stored while an article was analysed is found when the article is saved; older articles are not read again', async () => {
      const text =
        'Harbour pilots in Varna ended their strike on Friday after the port authority agreed to hire forty new pilots, the union said.'
      const early = await prepareItem({ name: 'early', text, source: 'Outlet A' })
      const late = await prepareItem({ name: 'late', text, source: 'Outlet B' })
      assert.ok(!('error' in early) && !('error' in late))
      // Both were checked before either was stored; the first is stored while the second is being analysed.
      const checkedThrough = await store.latestSeq()
      const analysis = toStoredAnalysis(analyze(text))
      const stored = await store.save({ ...toRecord(early, analysis), checkedThrough })
      const linked = await store.save({ ...toRecord(late, analysis), checkedThrough })
      assert.equal(stored.status, 'stored')
      assert.deepEqual([linked.status, linked.duplicateOf], ['duplicate', stored.id])
      // A save trusts the check its caller made before the analysis: only articles stored since are read again.
      const third = await prepareItem({ name: 'third', text, source: 'Outlet C' })
      assert.ok(!('error' in third))
      const alone = await store.save({ ...toRecord(third, analysis), checkedThrough: await store.latestSeq() })
      assert.equal(alone.status, 'stored')
    })

    test('an article telling one attack twice counts it once in the timeline and the network; both mentions are listed', async () => {
      await ingestOne(store, 'Border Post', [
        'Valdoria shells Korvat border town',
        'Valdoria shelled the Korvat border town of Lessa on Thursday, Korvat officials said.',
        'The shelling of Lessa by Valdoria damaged a school, the officials added.',
      ])
      const mentions = (await store.events({ type: 'ASSAULT', from: '2026-05-01', to: '2026-05-31' })).items.filter(
        (e) => e.source === 'Border Post',
      )
      assert.ok(mentions.length >= 2, JSON.stringify(mentions.map((e) => [e.id, e.sameAs])))
      const repeats = mentions.filter((e) => e.sameAs)
      assert.ok(repeats.length >= 1 && repeats.every((e) => mentions.some((f) => f.id === e.sameAs && !f.sameAs)))
      const day = (await store.timeline({ from: '2026-05-01', to: '2026-05-31' })).filter((t) => t.type === 'ASSAULT')
      assert.equal(
        day.reduce((n, t) => n + t.events, 0),
        mentions.length - repeats.length,
      )
      const csv = (await collect(store.allEvents()))
        .filter((e) => e.sameAs && e.source === 'Border Post')
        .flatMap(eventCsvRows)
      assert.ok(
        csv.length >= 1 && csv.every((row) => row.endsWith(`,${repeats[0].article}/${repeats[0].sameAs}`)),
        csv.join('\n'),
      )
    })

    test('another outlet reporting the same attack joins its happening: the story counts it once', async () => {
      const before = (await store.timeline({ from: '2026-05-01', to: '2026-05-31' }))
        .filter((t) => t.type === 'ASSAULT')
        .reduce((n, t) => n + t.events, 0)
      await ingestOne(store, 'Korvat Herald', [
        'Korvat says Valdoria shelled Lessa',
        'Valdoria shelled the town of Lessa in Korvat on Thursday, damaging a school and two homes, the Korvat defence ministry said.',
        'Residents of Lessa fled to villages near the border after the shelling, the ministry said.',
      ])
      const all = (await store.events({ type: 'ASSAULT', from: '2026-05-01', to: '2026-05-31' })).items
      const theirs = all.filter((e) => e.source === 'Korvat Herald')
      const ours = all.filter((e) => e.source === 'Border Post')
      assert.ok(
        theirs.length >= 1 && theirs.every((e) => ours.some((o) => o.happening === e.happening)),
        JSON.stringify(all.map((e) => [e.source, e.id, e.happening])),
      )
      const after = (await store.timeline({ from: '2026-05-01', to: '2026-05-31' }))
        .filter((t) => t.type === 'ASSAULT')
        .reduce((n, t) => n + t.events, 0)
      assert.equal(after, before)
    })

    test('the two copies of the wire story are one story with the original', async () => {
      const [hit] = (await store.search({ text: 'grain corridor' })).items
      const original = await store.article(hit.id)
      assert.ok(original?.storyId)
      const rows = await store.db.all<{ story_id: string }>('SELECT story_id FROM articles WHERE duplicate_of = ?', [
        hit.id,
      ])
      assert.equal(rows.length, 2)
      assert.ok(rows.every((r) => r.story_id === original.storyId))
    })

    test('two organisation names that begin alike are two actors, and neither article fails', async () => {
      await ingestOne(store, 'Albany Wire', [
        'EYP Mission Critical Facilities won a contract to design a data centre in Albany, the firm said on Monday.',
      ])
      await ingestOne(store, 'Albany Wire', [
        'EYP Mission Critical Facilities Inc. said on Tuesday that it had hired 40 engineers for its office in Troy.',
      ])
      const rows = await store.db.all<{ id: string; name: string }>(
        "SELECT id, name FROM actors WHERE name LIKE 'EYP Mission%'",
      )
      assert.ok(rows.length >= 1, JSON.stringify(rows))
      assert.equal(new Set(rows.map((r) => r.id)).size, rows.length)
    })

    test('relatives who share a surname stay apart; a surname finds each of them', async () => {
      await ingestOne(store, 'Capitol Daily', [
        'Hillary Clinton told voters in Ohio on Monday that wages must rise.',
        '"Families deserve a raise," Clinton said at a union hall in Toledo.',
      ])
      await ingestOne(store, 'Arkansas Ledger', [
        'Former President Bill Clinton opened a new library wing in Little Rock on Tuesday.',
        '"Reading changed my life," Clinton told the children who came to the opening.',
      ])
      await ingestOne(store, 'Health Weekly', [
        'Chelsea Clinton visited a vaccination clinic in Nairobi on Wednesday.',
        '"Vaccines save lives every single day," Clinton said after meeting the nurses.',
      ])
      const people = (await store.actorCandidates('Clinton')).filter((c) => c.type === 'PERSON')
      const names = people.map((c) => c.name).sort()
      assert.deepEqual(
        ['Bill Clinton', 'Chelsea Clinton', 'Hillary Clinton'].filter((n) => names.includes(n)),
        ['Bill Clinton', 'Chelsea Clinton', 'Hillary Clinton'],
        JSON.stringify(people),
      )
      assert.equal(new Set(people.map((c) => c.id)).size, people.length)
      const bill = await store.quotes({ speaker: 'Bill Clinton' })
      assert.ok(bill.items.length >= 1 && bill.items.every((q) => /Reading/.test(q.content)), JSON.stringify(bill))
      const hillary = await store.dossier('Hillary Clinton')
      assert.ok(hillary && !('candidates' in hillary), JSON.stringify(hillary))
      assert.equal(hillary.country, 'USA')
      assert.ok(hillary.quotes.some((q) => /Families/.test(q.content)))
      assert.ok(!hillary.quotes.some((q) => /Reading|Vaccines/.test(q.content)), JSON.stringify(hillary.quotes))
      const clinton = await store.dossier('Clinton')
      assert.ok(clinton && 'candidates' in clinton, JSON.stringify(clinton))
      assert.ok(clinton.candidates.filter((c) => c.type === 'PERSON').length >= 3)
    })

    test('"Trump" finds Donald Trump; his relatives are actors of their own', async () => {
      await ingestOne(store, 'Capitol Daily', [
        'President Donald Trump signed an order on tariffs at the White House on Monday.',
        '"This is a great day for our workers," Trump said.',
      ])
      await ingestOne(store, 'Capitol Daily', [
        'Donald Trump met the governors of four states on Thursday.',
        '"We will rebuild the roads," Trump said after the meeting.',
      ])
      await ingestOne(store, 'Ohio Courier', [
        'Ivanka Trump toured a battery factory in Ohio on Friday and praised its apprentices.',
      ])
      await ingestOne(store, 'Ohio Courier', [
        'Melania Trump read a story to children at a hospital in Ohio on Friday.',
      ])
      const trump = await store.dossier('Trump')
      assert.ok(trump && !('candidates' in trump), JSON.stringify(trump))
      assert.equal(trump.name, 'Donald Trump')
      assert.equal(trump.type, 'PERSON')
      assert.equal(trump.articles, 2)
      assert.ok(
        trump.quotes.some((q) => /great day/.test(q.content)) && trump.quotes.some((q) => /roads/.test(q.content)),
      )
      for (const name of ['Ivanka Trump', 'Melania Trump']) {
        const [relative] = await store.actorCandidates(name)
        assert.equal(relative?.name, name)
        assert.notEqual(relative.id, trump.id)
      }
    })
  })
}
