// Timeline: what an actor did, or what was done about some words, over time on a real date axis, by event type;
// and who was quoted about it, and by which outlets. The subject is in the address (`actor=` or `about=`), so the
// chart always shows the actor the form names.
import { useState } from 'preact/hooks'
import { countBy } from '../charts/count-by.js'
import { RankedBars } from '../charts/ranked-bars.js'
import { TimeBars } from '../charts/time-bars.js'
import { ChartFrame } from '../components/chart-frame.js'
import { Empty, ErrorNote, Loading } from '../components/status.js'
import { html, type Json } from '../lib/html.js'
import { EVENT_TYPES } from '../lib/palette.js'
import { articleHref, go, href } from '../lib/route.js'
import { queryOf, useApi } from '../lib/use-api.js'

export function TimelinePage({ params, legacyActor }: { params: URLSearchParams; legacyActor?: string }) {
  const actor = params.get('actor') ?? legacyActor ?? ''
  const about = params.get('about') ?? ''
  const subject = actor ? { actor } : about ? { about } : null
  const events = useApi(subject ? `/v1/timeline?${queryOf(subject)}` : '')
  const quotes = useApi(
    subject ? `/v1/quotes?${queryOf(actor ? { speaker: actor, limit: '500' } : { about, limit: '500' })}` : '',
  )
  // Attention: the articles that use the words, by publication day (the first 1,000 the search returns).
  const articles = useApi(about && !actor ? `/v1/search?${queryOf({ q: about, limit: '1000' })}` : '')
  const articleItems: Json[] = articles.data?.items ?? []
  const attention = articleItems
    .filter((a) => typeof a.published === 'string')
    .map((a) => ({ date: String(a.published).slice(0, 10), series: 'articles', count: 1 }))
  const rows: Json[] = events.data?.items ?? []
  const types = EVENT_TYPES.filter((t) => rows.some((r) => r.type === t)).concat(
    [...new Set(rows.map((r) => String(r.type)))].filter((t) => !EVENT_TYPES.includes(t)),
  )
  const counts = rows.map((r) => ({ date: String(r.date ?? ''), series: String(r.type), count: Number(r.events) || 0 }))
  const quoteItems: Json[] = quotes.data?.items ?? []
  const bySpeaker = countBy(quoteItems, (q) => q.speaker).map((r) => ({ ...r, href: href(['actor', r.name]) }))
  const byOutlet = countBy(quoteItems, (q) => q.source ?? 'outlet unknown')
  const name = actor || about
  return html`
    <h1>Timeline</h1>
    <${SubjectForm} key=${`${actor}|${about}`} actor=${actor} about=${about} />
    ${!subject && html`<${Empty}>Name an actor (“Kadri Saar”) or some words (“grain corridor”) and press Enter.</${Empty}>`}
    ${(events.loading || quotes.loading || articles.loading) && html`<${Loading} />`}
    <${ErrorNote} message=${events.error || quotes.error || articles.error} />
    ${
      attention.length > 0 &&
      html`<${ChartFrame} id="attention-chart" title=${`Articles using “${about}” over time`}
        caption=${`Articles per period by publication date${articles.data?.next ? ' (the first 1,000 found)' : ''}; ${
          articleItems.length - attention.length
        } undated articles left out.`}
        rows=${articleItems} columns=${[
          { label: 'published', value: (a: Json) => a.published },
          { label: 'title', value: (a: Json) => a.title ?? a.id },
          { label: 'outlets', value: (a: Json) => (a.sources ?? [a.source]).filter(Boolean).join('; ') },
        ]} cellLink=${(a: Json, k: number) => (k === 1 ? articleHref(a.id) : undefined)}>
        <${TimeBars} counts=${attention} series=${['articles']} label=${`articles using ${about} over time`} prefix="at" />
      </${ChartFrame}>`
    }
    ${
      events.data &&
      (rows.length
        ? html`<${ChartFrame} id="timeline-chart" title=${`Events ${actor ? 'of' : 'about'} ${name} over time`}
            caption="Stacked bars by event type on a date axis; colours from the Okabe–Ito palette, types 9–16 striped."
            rows=${rows} columns=${[
              { label: 'date', value: (r: Json) => r.date },
              { label: 'type', value: (r: Json) => r.type },
              { label: 'events', value: (r: Json) => r.events },
            ]} cellLink=${(r: Json, k: number) => (k === 1 ? href(['search'], { tab: 'events', type: r.type, from: r.date, to: r.date, actor }) : undefined)}>
            <${TimeBars} counts=${counts} series=${types} label=${`events of ${name} by type`} prefix="tl" />
          </${ChartFrame}>`
        : html`<${Empty}>No dated events ${actor ? 'of' : 'about'} “${name}” in the corpus.</${Empty}>`)
    }
    ${
      quotes.data &&
      quoteItems.length > 0 &&
      html`<div class="two">
        ${
          !actor &&
          html`<${ChartFrame} id="quotes-by-speaker" title="Who is quoted" caption=${`Quotes about “${name}” by speaker${quotes.data.next ? ' (the first 500)' : ''}.`}
            rows=${bySpeaker} columns=${[{ label: 'speaker', value: (r: Json) => r.name }, { label: 'quotes', value: (r: Json) => r.count }]}>
            <${RankedBars} rows=${bySpeaker} label="quotes by speaker" />
          </${ChartFrame}>`
        }
        <${ChartFrame} id="quotes-by-outlet" title="Which outlets quote" caption=${`Quotes ${actor ? 'by' : 'about'} “${name}” by outlet${quotes.data.next ? ' (the first 500)' : ''}.`}
          rows=${byOutlet} columns=${[{ label: 'outlet', value: (r: Json) => r.name }, { label: 'quotes', value: (r: Json) => r.count }]}>
          <${RankedBars} rows=${byOutlet} label="quotes by outlet" />
        </${ChartFrame}>
      </div>`
    }`
}

/** Actor or words: whichever is filled goes into the address. */
function SubjectForm({ actor, about }: { actor: string; about: string }) {
  const [who, setWho] = useState(actor)
  const [words, setWords] = useState(about)
  const submit = (e: Event) => {
    e.preventDefault()
    go(['timeline'], who.trim() ? { actor: who.trim() } : { about: words.trim() })
  }
  return html`<form class="panel row" onSubmit=${submit}>
    <label>Actor <input id="timeline-actor" value=${who} onInput=${(e: Event) => setWho((e.target as HTMLInputElement).value)} /></label>
    <label>or words <input id="timeline-about" value=${words} onInput=${(e: Event) => setWords((e.target as HTMLInputElement).value)} /></label>
    <button id="timeline-button" type="submit">Show</button>
  </form>`
}
