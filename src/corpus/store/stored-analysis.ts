import type { Analysis } from '../../doc/analysis.js'
import type { StoredPlace } from './place-rows.js'

/**
 * What the store writes of one analysis: the contract as JSON (without the article text, which has a column of
 * its own) and the few fields of each entity, quote, event and claim its query tables hold. It is computed where
 * the analysis ran — an ingest worker thread — so that the one thread that writes the store only writes: a whole
 * analysis is large to copy between threads, and serialising it took a third of that thread's time.
 */
export interface StoredAnalysis {
  json: string
  /** The article text as the pipeline read it. */
  text: string
  language: string
  entities: {
    id: string
    name: string
    type: string
    aliases: string[]
    mentions: number
    salience: number
    country?: string
    sector?: string
    roles?: string
    /** The knowledge base's id of the actor: the corpus actor's id when present. */
    actorId?: string
  }[]
  quotes: {
    id: string
    kind: string
    speaker?: string
    source?: string
    content: string
    cue?: string
    date?: string
    checkworthiness?: number
    start: number
    end: number
  }[]
  events: {
    id: string
    type: string
    mode?: string
    quad: number
    score: number
    date?: string
    modality: string
    location?: string
    trigger: string
    sentence: string
    start: number
    end: number
    count?: number
    actors: string[]
    recipients: string[]
    sameAs?: string
  }[]
  /** Every place the article names, once each. */
  places?: StoredPlace[]
  claims: {
    id: string
    claimant?: string
    status: string
    content: string
    marker: string
    start: number
    end: number
  }[]
}

/** The store's projection of an analysis. */
export function toStoredAnalysis(analysis: Analysis): StoredAnalysis {
  const text = analysis.article.text
  return {
    json: JSON.stringify({ ...analysis, article: { ...analysis.article, text: undefined } }),
    text,
    language: analysis.article.language,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
      salience: e.salience,
      ...(e.country && { country: e.country }),
      ...(e.sector && { sector: e.sector }),
      ...(e.roles && { roles: JSON.stringify(e.roles) }),
      ...(e.actorId && { actorId: e.actorId }),
    })),
    quotes: analysis.quotes.map((q) => ({
      id: q.id,
      kind: q.kind,
      ...(q.speaker && { speaker: q.speaker }),
      ...(q.source && { source: q.source.text }),
      content: q.content.text,
      ...(q.cue && { cue: q.cue.text }),
      ...(q.date && { date: q.date }),
      ...(q.checkworthiness !== undefined && { checkworthiness: q.checkworthiness }),
      start: q.content.start,
      end: q.content.end,
    })),
    events: analysis.events.map((e) => {
      const sentence = analysis.sentences[e.sentence]
      return {
        id: e.id,
        type: e.type,
        ...(e.mode && { mode: e.mode }),
        quad: e.quad,
        score: e.score,
        ...(e.date && { date: e.date }),
        modality: e.modality,
        ...(e.location && { location: e.location }),
        trigger: e.trigger.text,
        sentence: sentence ? text.slice(sentence.start, sentence.end) : '',
        start: sentence?.start ?? e.trigger.start,
        end: sentence?.end ?? e.trigger.end,
        ...(e.count !== undefined && { count: e.count }),
        actors: e.actors,
        recipients: e.recipients,
        ...(e.sameAs && { sameAs: e.sameAs }),
      }
    }),
    places: uniquePlaces(analysis),
    claims: analysis.claims.map((c) => ({
      id: c.id,
      ...(c.claimant && { claimant: c.claimant }),
      status: c.status,
      content: c.content.text,
      marker: c.marker.text,
      start: c.content.start,
      end: c.content.end,
    })),
  }
}

/** The article's places, once per gazetteer id. */
function uniquePlaces(analysis: Analysis): StoredPlace[] {
  const byId = new Map<string, StoredPlace>()
  for (const p of analysis.places ?? []) {
    if (byId.has(p.id)) continue
    byId.set(p.id, {
      id: p.id,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      ...(p.country && { country: p.country }),
      ...(p.admin1 && { admin1: p.admin1 }),
      ...(p.admin1Name && { admin1Name: p.admin1Name }),
      kind: p.kind,
    })
  }
  return [...byId.values()]
}
