// An article's text with every layer marked: names underlined by type (each a link to its dossier), quotes shaded
// by speaker, disputed claims, dates and amounts, and the words of the fact last chosen. Text nodes only: articles
// are untrusted and never parsed as HTML.
import { useEffect, useRef } from 'preact/hooks'
import { html, type Json, type Span } from '../lib/html.js'
import { href } from '../lib/route.js'

/** One marked range and what it is. */
interface Marked extends Span {
  kind: 'mention' | 'quote' | 'claim' | 'time' | 'amount'
  label: string
  tint?: string
  type?: string
}

/** The marks of every layer of an analysis, from the contract's fields (each may be missing). */
export function marksOf(analysis: Json, tintOf: (quote: Json) => string): Marked[] {
  const marks: Marked[] = []
  for (const e of analysis.entities ?? [])
    for (const m of e.mentions ?? [])
      if (m.kind !== 'pronoun') marks.push({ ...m, kind: 'mention', type: e.type, label: e.name })
  for (const q of analysis.quotes ?? [])
    if (q.content) marks.push({ ...q.content, kind: 'quote', tint: tintOf(q), label: 'quote' })
  for (const c of analysis.claims ?? [])
    if (c.content) marks.push({ ...c.content, kind: 'claim', label: `${c.status} claim` })
  for (const t of analysis.times ?? []) marks.push({ ...t, kind: 'time', label: `date: ${t.value ?? 'unresolved'}` })
  for (const a of analysis.amounts ?? []) marks.push({ ...a, kind: 'amount', label: `amount: ${a.kind ?? ''}` })
  return marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start)
}

/** Props of {@link MarkedText}. */
export interface MarkedTextProps {
  text: string
  marks: Marked[]
  focus: Span | null
  /** Where "back to the list" returns after a fact's words were shown. */
  onBack?: () => void
}

/** The text cut at every mark boundary; the focused words are scrolled into view when they change. */
export function MarkedText({ text, marks, focus, onBack }: MarkedTextProps) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!focus) return
    const first = box.current?.querySelector('mark.focus')
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [focus?.start, focus?.end])
  const cuts = new Set<number>([0, text.length])
  for (const s of [...marks, ...(focus ? [focus] : [])]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)))
    cuts.add(Math.max(0, Math.min(text.length, s.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: unknown[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]
    const end = points[k + 1]
    const over = marks.filter((m) => m.start <= start && end <= m.end)
    let piece: unknown = text.slice(start, end)
    const mention = over.find((m) => m.kind === 'mention')
    const quote = over.find((m) => m.kind === 'quote')
    const classes = [
      over.some((m) => m.kind === 'claim') && 'claim-mark',
      over.some((m) => m.kind === 'time') && 'time-mark',
      over.some((m) => m.kind === 'amount') && 'amount-mark',
    ].filter(Boolean)
    if (mention)
      piece = html`<a class=${`ent ent-${mention.type}`} href=${href(['actor', mention.label])}
        title=${`${mention.type}: ${mention.label}`}>${piece}</a>`
    if (classes.length || quote)
      piece = html`<span class=${classes.join(' ') || undefined} style=${quote ? { background: quote.tint } : undefined}
        title=${over.map((m) => m.label).join(' · ')}>${piece}</span>`
    const focused = focus && focus.start <= start && end <= focus.end
    if (focused) piece = html`<mark class="focus">${piece}</mark>`
    out.push(piece)
    if (focused && end === Math.min(focus.end, text.length) && onBack)
      out.push(html`<button type="button" class="back-to-list" onClick=${onBack}>back to the list</button>`)
  }
  return html`<div class="article-text" id="article-text" ref=${box}>${out}</div>`
}
