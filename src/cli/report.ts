import type { Analysis } from '../doc/analysis.js'

const WIDTH = 100

function clip(text: string, width = WIDTH): string {
  const flat = text.replace(/\n/g, ' ¶ ')
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}

/**
 * Renders an analysis as a readable report that leads with what a reader wants: the article's facts, who said
 * what, the events, disputed claims, dates and places, then the actors and any messages. `verbose` adds the
 * layers a developer reads: paragraphs and sentences, quotation marks, amounts and every name.
 */
export function renderReport(analysis: Analysis, options: { verbose?: boolean } = {}): string {
  const { article, structure, paragraphs, sentences, quotations, messages } = analysis
  const lines: string[] = []
  lines.push(
    `Article ${article.id}  language ${article.language}  ${paragraphs.length} paragraphs, ${sentences.length} sentences, ${quotations.length} quotations, ${analysis.mentions.length} names`,
  )
  if (article.title) lines.push(`Title     ${article.title}`)
  if (article.published)
    lines.push(
      `Published ${article.published}${article.publishedSource ? ` (from the ${article.publishedSource})` : ''}`,
    )
  else lines.push('Published unknown: relative dates are left unresolved')
  if (structure.byline) lines.push(`Byline    ${structure.byline.names.join(', ') || structure.byline.text}`)
  if (structure.dateline) lines.push(`Dateline  ${structure.dateline.text}`)
  if (analysis.quotes.length) {
    lines.push('', 'Quotes')
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
    for (const q of analysis.quotes) {
      const who = q.speaker ? names.get(q.speaker) : (q.source?.text ?? '(unattributed)')
      lines.push(
        `  ${q.id.padEnd(4)} ${q.kind.padEnd(8)} ${String(who).padEnd(22)} ${q.cue ? `[${q.cue.text}] ` : ''}${clip((q.parts ?? [q.content]).map((p) => p.text).join(' … '), 80)}`,
      )
    }
  }
  if (analysis.events.length) {
    lines.push('', 'Events')
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
    const placeNames = new Map((analysis.places ?? []).map((p) => [p.id, p.name]))
    // Named parties by their entity's name; unnamed groups ("police", "protesters") by their words.
    const list = (ids: string[], spans: { text: string }[] = []) =>
      (ids.length ? ids.map((id) => names.get(id) ?? id) : spans.map((s) => s.text)).join(' + ')
    for (const e of analysis.events) {
      const type = `${e.type}${e.mode ? `/${e.mode}` : ''}`
      const facts = [
        e.location && `in ${placeNames.get(e.location) ?? e.location}`,
        e.date,
        e.modality !== 'asserted' && e.modality,
        e.count !== undefined && `×${e.count}`,
        e.sameAs && `again: ${e.sameAs}`,
        ...(e.contexts ?? []),
      ]
        .filter(Boolean)
        .join(', ')
      lines.push(
        `  ${e.id.padEnd(5)} ${type.padEnd(22)} ${list(e.actors, e.actorSpans) || '?'} → ${list(e.recipients, e.recipientSpans) || '–'}  [${e.trigger.text}]${facts ? `  (${facts})` : ''}`,
      )
    }
  }
  if (analysis.claims.length) {
    lines.push('', 'Disputed claims')
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
    for (const c of analysis.claims) {
      lines.push(
        `  ${c.id.padEnd(4)} ${c.status.padEnd(11)} ${String(c.claimant ? names.get(c.claimant) : '?').padEnd(22)} ${clip(c.content.text, 60)}  ← “${c.marker.text}”`,
      )
    }
  }
  if (analysis.times.length) {
    lines.push('', 'Times')
    for (const t of analysis.times)
      lines.push(`  ${t.id.padEnd(4)} ${t.type.padEnd(8)} ${(t.value ?? '(no date)').padEnd(14)} ${t.text}`)
  }
  if (analysis.places?.length) {
    lines.push('', 'Places')
    const named = new Map<string, { name: string; country?: string; n: number }>()
    for (const p of analysis.places) {
      const seen = named.get(p.id) ?? { name: p.name, ...(p.country && { country: p.country }), n: 0 }
      seen.n++
      named.set(p.id, seen)
    }
    for (const p of [...named.values()].sort((a, b) => b.n - a.n))
      lines.push(`  ${p.name}${p.country ? ` (${p.country})` : ''}${p.n > 1 ? ` ×${p.n}` : ''}`)
  }
  if (analysis.entities.length) {
    lines.push('', 'Entities (by salience)')
    for (const e of [...analysis.entities].sort((a, b) => b.salience - a.salience)) {
      const code = [e.country, e.sector].filter(Boolean).join('/')
      const roles = (e.roles ?? []).map((r) => (r.of ? `${r.title} of ${r.of}` : r.title)).join('; ')
      const kinds: Record<string, number> = {}
      for (const m of e.mentions) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1
      lines.push(
        `  ${e.id.padEnd(4)} ${e.type.padEnd(6)} ${e.name}${code ? `  [${code}]` : ''}${roles ? `  (${roles})` : ''}  ${Object.entries(
          kinds,
        )
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}`,
      )
    }
  }
  if (options.verbose) {
    lines.push('', 'Paragraphs and sentences')
    let s = 0
    paragraphs.forEach((p, i) => {
      lines.push(`  ¶${i + 1} ${p.kind}`)
      for (; s < sentences.length && sentences[s].start < p.end; s++) {
        const sentence = sentences[s]
        lines.push(
          `    s${s + 1} [${sentence.start}-${sentence.end}] ${clip(article.text.slice(sentence.start, sentence.end))}`,
        )
      }
    })
    if (quotations.length) {
      lines.push('', 'Quotations')
      quotations.forEach((q, i) => {
        const flags = [
          q.style,
          q.depth ? `nested in q${(q.parent ?? 0) + 1}` : '',
          q.closed ? '' : 'unclosed',
          q.reopenings.length ? `${q.reopenings.length + 1} paragraphs` : '',
        ]
        lines.push(`  q${i + 1} [${q.start}-${q.end}] (${flags.filter(Boolean).join(', ')}) ${clip(q.text)}`)
      })
    }
    if (analysis.amounts.length) {
      lines.push('', 'Amounts')
      for (const a of analysis.amounts)
        lines.push(
          `  ${a.id.padEnd(4)} ${a.kind.padEnd(8)} ${String(a.value).padEnd(14)} ${[a.unit, a.of && `of ${a.of}`, a.modifier && `(${a.modifier})`].filter(Boolean).join(' ')}  ← ${a.text}`,
        )
    }
    if (analysis.mentions.length) {
      lines.push('', 'Names')
      const byType = new Map<string, Map<string, number>>()
      for (const m of analysis.mentions) {
        const names = byType.get(m.type) ?? new Map<string, number>()
        names.set(m.text, (names.get(m.text) ?? 0) + 1)
        byType.set(m.type, names)
      }
      for (const [type, names] of [...byType].sort()) {
        lines.push(`  ${type.padEnd(7)} ${[...names].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ')}`)
      }
    }
  }
  if (messages.length) {
    lines.push('', 'Messages')
    for (const m of messages)
      lines.push(`  ${m.severity} ${m.ruleId}: ${m.reason}${m.start !== undefined ? ` at ${m.start}` : ''}`)
  }
  return lines.join('\n') + '\n'
}
