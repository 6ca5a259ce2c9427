import { STORY_THRESHOLD, STORY_WINDOW_DAYS, storySimilarity } from '../stories/similarity.js'
import type { Db } from './db.js'
import { keepRecent } from './recent-cache.js'
import type { ArticleRecord } from './types.js'

// How many stored articles' story facts stay in memory, the most recently kept: stories are mostly found among
// recent articles (≈ 5 MB a thousand). Facts never change once stored; a rolled-back save calls `forget`.
const STORY_FACTS_KEPT = 1_000
/** The main actors (by salience) an article's story is compared on, and the first few its neighbours are found by. */
const MAIN_ACTORS = 5
const NEIGHBOUR_ACTORS = 3
/** How many of each main actor's latest stories are compared. */
const STORIES_PER_ACTOR = 30
const DAY_MS = 86_400_000

/** The terms and main actors of a stored article, as stories compare them. */
interface StoryFacts {
  terms: string[]
  actors: string[]
}

/** Assigns articles to stories; owns the cache of stored articles' story facts (each read a dozen times). */
export class StoryAssigner {
  private readonly storyFacts = new Map<string, StoryFacts>()

  forget(): void {
    this.storyFacts.clear()
  }

  /**
   * Joins the article to the story of its most similar neighbour: among the latest articles that share one of
   * its three main actors and fall within the date window, the most similar at or above the threshold; else the
   * article starts a story of its own.
   */
  async assign(tx: Db, id: string, record: ArticleRecord, actorOf: Map<string, string>): Promise<string> {
    const analysis = record.analysis!
    const main = [
      ...new Set(
        [...analysis.entities]
          .sort((a, b) => b.salience - a.salience)
          .map((e) => actorOf.get(e.id)!)
          .filter(Boolean),
      ),
    ].slice(0, MAIN_ACTORS)
    const date = record.published?.slice(0, 10)
    let storyId = id
    const top = main.slice(0, NEIGHBOUR_ACTORS)
    const near = (other: string | null) =>
      !date || !other || Math.abs(Date.parse(date) - Date.parse(other)) <= STORY_WINDOW_DAYS * DAY_MS
    const seen = new Set<string>()
    let best = STORY_THRESHOLD
    for (const actor of top) {
      // The latest stories of each main actor, by index: the cost per article does not grow with the corpus.
      const recent = await tx.all<{ story_id: string; article_id: string; day: string | null }>(
        'SELECT story_id, article_id, day FROM story_actors WHERE actor_id = ? ORDER BY seq DESC LIMIT ?',
        [actor, STORIES_PER_ACTOR],
      )
      for (const r of recent) {
        if (seen.has(r.story_id) || !near(r.day)) continue
        seen.add(r.story_id)
        const c = await this.storyFactsOf(tx, r.article_id)
        if (!c) continue
        const score = storySimilarity({ terms: record.terms, actors: main, date }, { ...c, date: r.day ?? undefined })
        if (score >= best) {
          best = score
          storyId = r.story_id
        }
      }
    }
    const seq = (await tx.get<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', [id]))!.seq
    for (const actor of top) {
      await tx.run(
        `INSERT INTO story_actors (actor_id, story_id, article_id, seq, day) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (actor_id, story_id) DO UPDATE SET article_id = excluded.article_id, seq = excluded.seq, day = excluded.day`,
        [actor, storyId, id, Number(seq), date ?? null],
      )
    }
    await tx.run('UPDATE articles SET story_id = ?, main_actors = ? WHERE id = ?', [storyId, JSON.stringify(main), id])
    this.rememberStoryFacts(id, { terms: record.terms, actors: main })
    return storyId
  }

  private rememberStoryFacts(id: string, facts: StoryFacts): void {
    keepRecent(this.storyFacts, STORY_FACTS_KEPT, id, facts)
  }

  private async storyFactsOf(tx: Db, id: string): Promise<StoryFacts | undefined> {
    const known = this.storyFacts.get(id)
    if (known) return known
    const row = await tx.get<{ terms: string | null; main_actors: string | null }>(
      'SELECT terms, main_actors FROM articles WHERE id = ?',
      [id],
    )
    if (!row) return undefined
    const facts = {
      terms: JSON.parse(row.terms ?? '[]') as string[],
      actors: JSON.parse(row.main_actors ?? '[]') as string[],
    }
    this.rememberStoryFacts(id, facts)
    return facts
  }
}
