// The rows of each search tab, each linking to its article with its words marked.
import { Snippet } from '../components/snippet.js'
import { formatDate, outletsOf } from '../lib/format.js'
import { html, type Json } from '../lib/html.js'
import { articleHref, href } from '../lib/route.js'

const when = (...parts: unknown[]) => parts.filter(Boolean).join(' · ')

/** An article hit: its title (or a plain "Untitled" with its date) opening the article view. */
export function ArticleHit({ item, query }: { item: Json; query: string }) {
  const outlets = outletsOf(item)
  return html`<li class="hit">
    <a class="hit-title" href=${articleHref(item.id)}>${item.title || `Untitled article (${item.id})`}</a>
    <div class="muted">${when(formatDate(item.published) || 'no date', outlets.join(', ') || 'outlet unknown')}</div>
    ${item.snippet && html`<div><${Snippet} text=${item.snippet} marks=${item.marks} query=${query} /></div>`}
  </li>`
}

/** A stored quote: speaker (to the dossier), words, date and outlet, and its article with the quote marked. */
export function QuoteHit({ item, showSpeaker = true }: { item: Json; showSpeaker?: boolean }) {
  return html`<li class="hit">
    ${
      !showSpeaker
        ? null
        : item.speakerActor || item.speaker
          ? html`<a href=${href(['actor', item.speakerActor ?? item.speaker])}>${item.speaker ?? item.speakerActor}</a>`
          : html`<span>Unknown speaker</span>`
    }
    <span class="tag">${item.kind ?? 'quote'}</span> “${item.content}”
    <div class="muted">${when(formatDate(item.date), item.source)}
      ${item.article && html` · <a href=${articleHref(item.article, undefined, { quote: item.id })}>open in article</a>`}</div>
  </li>`
}

/** A stored event: type, who to whom (each to the dossier), the sentence, and its article. */
export function EventHit({ item }: { item: Json }) {
  const who = (list: Json[] = []) =>
    list.length
      ? list.map((a, k) => html`${k ? ' + ' : ''}<a href=${href(['actor', a.id])}>${a.name}</a>`)
      : html`<span class="muted">–</span>`
  const span =
    Number.isInteger(item.sentenceStart) && Number.isInteger(item.sentenceEnd)
      ? { start: item.sentenceStart, end: item.sentenceEnd }
      : undefined
  return html`<li class="hit">
    <span class="tag">${item.type}${item.mode ? `/${item.mode}` : ''}</span> ${who(item.actors)} → ${who(item.recipients)}
    ${item.sentence && html`<div>${item.sentence}</div>`}
    <div class="muted">${when(formatDate(item.date), item.place?.name ?? item.location, item.source)}
      ${item.article && html` · <a href=${articleHref(item.article, span, span ? {} : { event: item.id })}>open in article</a>`}</div>
  </li>`
}

/** A disputed claim: status, claimant, words, marker, and its article with the claim marked. */
export function ClaimHit({ item }: { item: Json }) {
  return html`<li class="hit">
    <span class=${`tag status-${item.status}`}>${item.status}</span>
    ${item.claimant && html`<b>${item.claimant}</b>: `}${item.content}
    ${item.marker && html`<span class="muted"> (marked by “${item.marker}”)</span>`}
    <div class="muted">${when(formatDate(item.published), item.source)}
      ${item.article && html` · <a href=${articleHref(item.article, undefined, { claim: item.id })}>open in article</a>`}</div>
  </li>`
}
