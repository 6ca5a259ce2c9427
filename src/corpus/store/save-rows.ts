import type { Db } from './db.js'
import { savePlaces } from './place-rows.js'
import { insertRows } from './sql.js'
import type { StoredAnalysis } from './stored-analysis.js'

/**
 * Writes the query rows of one analysis; `actorOf`: entity id → corpus actor; `joined`: event id → the earlier
 * happening of its story it reports (its repeats in the article follow it).
 */
export async function saveRows(
  tx: Db,
  articleId: string,
  analysis: StoredAnalysis,
  actorOf: Map<string, string>,
  joined: Map<string, string>,
  published?: string,
): Promise<void> {
  await insertRows(
    tx,
    'article_actors',
    ['article_id', 'entity_id', 'actor_id', 'name', 'mentions', 'salience', 'roles', 'published'],
    analysis.entities.map((e) => [
      articleId,
      e.id,
      actorOf.get(e.id)!,
      e.name,
      e.mentions,
      e.salience,
      e.roles ?? null,
      published?.slice(0, 10) ?? null,
    ]),
  )
  const name = new Map(analysis.entities.map((e) => [e.id, e.name]))
  await insertRows(
    tx,
    'quotes',
    [
      'article_id',
      'quote_id',
      'speaker_actor_id',
      'speaker',
      'kind',
      'content',
      'cue',
      'date',
      'checkworthiness',
      'start_offset',
      'end_offset',
    ],
    analysis.quotes.map((q) => [
      articleId,
      q.id,
      q.speaker ? (actorOf.get(q.speaker) ?? null) : null,
      q.speaker ? (name.get(q.speaker) ?? null) : (q.source ?? null),
      q.kind,
      q.content,
      q.cue ?? null,
      q.date ?? null,
      q.checkworthiness ?? null,
      q.start,
      q.end,
    ]),
  )
  await insertRows(
    tx,
    'events',
    [
      'article_id',
      'event_id',
      'type',
      'mode',
      'quad',
      'score',
      'date',
      'modality',
      'location',
      'trigger',
      'sentence',
      'start_offset',
      'end_offset',
      'count',
      'same_as',
      'happening',
      'first_mention',
    ],
    analysis.events.map((e) => [
      articleId,
      e.id,
      e.type,
      e.mode ?? null,
      e.quad,
      e.score,
      e.date ?? null,
      e.modality,
      e.location ?? null,
      e.trigger,
      e.sentence,
      e.start,
      e.end,
      e.count ?? null,
      e.sameAs ?? null,
      joined.get(e.sameAs ?? e.id) ?? `${articleId}/${e.sameAs ?? e.id}`,
      e.sameAs || joined.has(e.id) ? 0 : 1,
    ]),
  )
  await savePlaces(tx, analysis.places ?? [])
  await insertRows(
    tx,
    'event_actors',
    ['article_id', 'event_id', 'actor_id', 'role'],
    analysis.events.flatMap((e) => [
      ...e.actors.filter((id) => actorOf.has(id)).map((id) => [articleId, e.id, actorOf.get(id)!, 'actor']),
      ...e.recipients.filter((id) => actorOf.has(id)).map((id) => [articleId, e.id, actorOf.get(id)!, 'recipient']),
    ]),
  )
  await insertRows(
    tx,
    'claims',
    [
      'article_id',
      'claim_id',
      'claimant_actor_id',
      'claimant',
      'status',
      'content',
      'marker',
      'start_offset',
      'end_offset',
    ],
    analysis.claims.map((c) => [
      articleId,
      c.id,
      c.claimant ? (actorOf.get(c.claimant) ?? null) : null,
      c.claimant ? (name.get(c.claimant) ?? null) : null,
      c.status,
      c.content,
      c.marker,
      c.start,
      c.end,
    ]),
  )
}
