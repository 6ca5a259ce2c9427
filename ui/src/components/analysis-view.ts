// One analysis shown whole: warnings, the marked text with its legend, and every fact list beside it. Used by the
// Analyze page (a pasted text) and the article view (a stored article).
import { useMemo, useRef } from 'preact/hooks'
import { html, type Json, type Span } from '../lib/html.js'
import { QUOTE_TINTS } from '../lib/palette.js'
import { href } from '../lib/route.js'
import { AmountList, CheckWorthyList, ClaimList, EventList, type FactProps, QuoteList, TimeList } from './fact-lists.js'
import { MarkedText, marksOf } from './marked-text.js'

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC']

/** Props of {@link AnalysisView}. */
export interface AnalysisViewProps {
  analysis: Json
  focus: Span | null
  onFocus: (span: Span | null) => void
  articleId?: string
}

const speakerOf = (q: Json): string => q.speaker ?? q.source?.text ?? '?'

/** Warnings and notes of the analysis, and the note that relative dates stay unresolved without a date. */
export function AnalysisMessages({ analysis }: { analysis: Json }) {
  const messages: Json[] = analysis.messages ?? []
  const undated = !analysis.article?.published && !analysis.article?.publishedAt
  if (!messages.length && !undated) return null
  return html`<div class="panel notes" role="status" id="messages">
    <h2>Notes on this analysis</h2>
    <ul>
      ${
        undated &&
        html`<li class="warn">No publication date: relative dates (“Monday”, “last year”) stay unresolved.
        Give the date to resolve them.</li>`
      }
      ${messages.map(
        (m) => html`<li class=${m.severity === 'info' ? '' : 'warn'}>
        <span class="tag">${m.severity ?? 'note'}</span> ${m.reason ?? m.message ?? m.ruleId}</li>`,
      )}
    </ul>
  </div>`
}

/** The marked text beside the lists of facts. */
export function AnalysisView({ analysis, focus, onFocus, articleId }: AnalysisViewProps) {
  const names = useMemo(
    () => new Map<string, string>((analysis.entities ?? []).map((e: Json) => [e.id, e.name])),
    [analysis],
  )
  const speakers = useMemo(() => [...new Set<string>((analysis.quotes ?? []).map(speakerOf))], [analysis])
  const tintOf = (q: Json) => QUOTE_TINTS[speakers.indexOf(speakerOf(q)) % QUOTE_TINTS.length]
  const marks = useMemo(() => marksOf(analysis, tintOf), [analysis])
  const lastButton = useRef<HTMLElement | null>(null)
  const props: FactProps = {
    analysis,
    names,
    tintOf,
    focus,
    articleId,
    onFocus: (span, from) => {
      lastButton.current = from
      onFocus(span)
    },
  }
  const back = () => {
    lastButton.current?.focus()
    lastButton.current?.scrollIntoView({ block: 'center' })
  }
  const present = TYPES.filter((t) => (analysis.entities ?? []).some((e: Json) => e.type === t))
  const text: string = analysis.article?.text ?? ''
  const actors = [...(analysis.entities ?? [])].sort((a: Json, b: Json) => (b.salience ?? 0) - (a.salience ?? 0))
  return html`
    <${AnalysisMessages} analysis=${analysis} />
    <div class="columns">
      <section class="panel text-panel" aria-labelledby="text-heading">
        <h2 id="text-heading">Text</h2>
        <div class="legend" id="legend" aria-label="name types">
          ${present.map((t) => html`<span class=${`ent ent-${t}`}>${t}</span>`)}
          <span class="claim-mark">disputed claim</span><span class="time-mark">date</span>
          <span class="amount-mark">amount</span>
        </div>
        <div class="legend" id="speakers" aria-label="speakers">
          ${speakers.map(
            (s) => html`<span class="speaker"><span class="swatch" aria-hidden="true"
              style=${{ background: tintOf({ speaker: s }) }}></span>${`${names.get(s) ?? (s === '?' ? 'unknown speaker' : s)} (${
                (analysis.quotes ?? []).filter((q: Json) => speakerOf(q) === s).length
              })`}</span>`,
          )}
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${
          focus ? `Marked in the text: “${text.slice(focus.start, Math.min(focus.end, focus.start + 120))}”` : ''
        }</p>
        <${MarkedText} text=${text} marks=${marks} focus=${focus} onBack=${back} />
      </section>
      <div class="fact-column">
        <section class="panel"><h2>Quotes</h2><${QuoteList} ...${props} /></section>
        <section class="panel"><h2>Events</h2><${EventList} ...${props} /></section>
        <section class="panel"><h2>Disputed claims</h2><${ClaimList} ...${props} /></section>
        <section class="panel"><h2>Dates</h2><${TimeList} ...${props} /></section>
        <section class="panel"><h2>Amounts</h2><${AmountList} ...${props} /></section>
        <section class="panel"><h2>Most check-worthy sentences</h2><${CheckWorthyList} ...${props} /></section>
        <section class="panel"><h2>Actors</h2>
          <ul class="facts" id="actors">${actors.slice(0, 20).map(
            (
              e: Json,
            ) => html`<li key=${e.id}><a class=${`ent ent-${e.type}`} href=${href(['actor', e.name])}>${e.name}</a>${' '}
              <span class="muted">${[e.type, e.country, e.sector].filter(Boolean).join(' · ')}</span></li>`,
          )}</ul>
        </section>
      </div>
    </div>`
}
