// The facts of one analysis as lists: each row is a button that marks its words in the text, and, when the
// article is stored, a link that opens it in the article view with those words marked.
import { html, type Json, type Span } from '../lib/html.js'
import { articleHref } from '../lib/route.js'

/** What every fact list needs. */
export interface FactProps {
  analysis: Json
  /** Entity id → name. */
  names: Map<string, string>
  tintOf: (quote: Json) => string
  focus: Span | null
  onFocus: (span: Span, from: HTMLElement) => void
  /** The stored article's id: rows link to the article view. */
  articleId?: string
}

const same = (a: Span | null, b: Span | undefined) => !!a && !!b && a.start === b.start && a.end === b.end

/** One row: the button that marks the words, and the article link. */
function factRow(props: FactProps, span: Span | undefined, body: unknown, key: string) {
  const valid = span && Number.isInteger(span.start) && Number.isInteger(span.end)
  return html`<li key=${key}>
    ${
      valid
        ? html`<button type="button" class="fact" aria-pressed=${same(props.focus, span)}
            onClick=${(e: Event) => props.onFocus(span, e.currentTarget as HTMLElement)}>${body}</button>`
        : html`<span class="fact">${body}</span>`
    }
    ${valid && props.articleId && html`<a class="open" href=${articleHref(props.articleId, span)}>open in article</a>`}
  </li>`
}

/** A score from 0 to 1 as a short label. */
export function checkLabel(score: unknown) {
  return typeof score === 'number'
    ? html`<span class="score" title="check-worthiness, 0 to 1">check ${score.toFixed(2)}</span>`
    : null
}

/** Quotes: speaker (its tint as a swatch), kind, words, check-worthiness. */
export function QuoteList(props: FactProps) {
  const quotes: Json[] = props.analysis.quotes ?? []
  if (!quotes.length) return html`<p class="muted">No quotes found.</p>`
  return html`<ul class="facts" id="quotes">${quotes.map((q, k) =>
    factRow(
      props,
      q.content,
      html`<span class="swatch" style=${{ background: props.tintOf(q) }} aria-hidden="true"></span>
        <b>${props.names.get(q.speaker) ?? q.source?.text ?? 'unknown speaker'}</b>
        <span class="tag">${q.kind ?? 'quote'}</span> ${q.content?.text ?? ''} ${checkLabel(q.checkworthiness)}`,
      q.id ?? String(k),
    ),
  )}</ul>`
}

/** Events: type and mode, who to whom, where, when, modality. */
export function EventList(props: FactProps) {
  const events: Json[] = props.analysis.events ?? []
  if (!events.length) return html`<p class="muted">No events found.</p>`
  const parties = (ids: string[] = [], spans: Json[] = []) =>
    (ids.length ? ids.map((id) => props.names.get(id) ?? id) : spans.map((s) => s.text)).join(' + ') || '–'
  const place = (id: string) => props.analysis.places?.find((p: Json) => p.id === id)?.name ?? id
  return html`<ul class="facts" id="events">${events.map((e, k) =>
    factRow(
      props,
      e.trigger,
      html`<span class="tag">${e.type}${e.mode ? `/${e.mode}` : ''}</span>
        ${parties(e.actors, e.actorSpans)} → ${parties(e.recipients, e.recipientSpans)}${' '}
        <span class="muted">${[
          e.location && `in ${place(e.location)}`,
          e.date,
          e.modality && e.modality !== 'asserted' && e.modality,
          ...(e.contexts ?? []),
        ]
          .filter(Boolean)
          .join(' · ')}</span>`,
      e.id ?? String(k),
    ),
  )}</ul>`
}

/** Disputed claims: status, claimant, words and the marker that disputes them. */
export function ClaimList(props: FactProps) {
  const claims: Json[] = props.analysis.claims ?? []
  if (!claims.length) return html`<p class="muted">No disputed claims found.</p>`
  return html`<ul class="facts" id="claims">${claims.map((c, k) =>
    factRow(
      props,
      c.content,
      html`<span class=${`tag status-${c.status}`}>${c.status}</span>
        ${props.names.get(c.claimant) ?? ''}${c.claimant ? ': ' : ''}${c.content?.text ?? ''}
        ${c.marker?.text && html`<span class="muted">(marked by “${c.marker.text}”)</span>`}`,
      c.id ?? String(k),
    ),
  )}</ul>`
}

/** Dates and times: the words and the value they resolve to, or "unresolved". */
export function TimeList(props: FactProps) {
  const times: Json[] = props.analysis.times ?? []
  if (!times.length) return html`<p class="muted">No dates found.</p>`
  return html`<ul class="facts" id="times">${times.map((t, k) =>
    factRow(
      props,
      t,
      html`<span class="tag">${t.type ?? 'TIME'}</span> ${t.text} → <b>${t.value ?? 'unresolved'}</b>`,
      t.id ?? String(k),
    ),
  )}</ul>`
}

/** Amounts: money, percentages, quantities, counts. */
export function AmountList(props: FactProps) {
  const amounts: Json[] = props.analysis.amounts ?? []
  if (!amounts.length) return html`<p class="muted">No amounts found.</p>`
  const value = (a: Json) =>
    [a.unit, typeof a.value === 'number' ? a.value.toLocaleString('en') : a.value, a.of].filter(Boolean).join(' ')
  return html`<ul class="facts" id="amounts">${amounts.map((a, k) =>
    factRow(
      props,
      a,
      html`<span class="tag">${a.kind ?? 'amount'}</span> ${a.text} → <b>${value(a)}</b>`,
      a.id ?? String(k),
    ),
  )}</ul>`
}

/** The sentences most worth checking (score 0.5 or more), highest first. */
export function CheckWorthyList(props: FactProps) {
  const text: string = props.analysis.article?.text ?? ''
  const top = ((props.analysis.sentences ?? []) as Json[])
    .filter((s) => typeof s.checkworthiness === 'number' && s.checkworthiness >= 0.5)
    .sort((a, b) => b.checkworthiness - a.checkworthiness)
    .slice(0, 8)
  if (!top.length) return html`<p class="muted">No sentence scores 0.5 or more.</p>`
  return html`<ul class="facts" id="checkworthy">${top.map((s, k) =>
    factRow(props, s, html`${checkLabel(s.checkworthiness)} ${text.slice(s.start, s.end)}`, String(k)),
  )}</ul>`
}
