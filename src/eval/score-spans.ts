/** Precision, recall and F1, each 0–1. */
export interface PRF {
  precision: number
  recall: number
  f1: number
}

/** Counts of true positives, predictions and gold items. */
export interface Counts {
  tp: number
  predicted: number
  gold: number
}

/** P/R/F1 from counts; 0 where undefined. */
export function prf({ tp, predicted, gold }: Counts): PRF {
  const precision = predicted ? tp / predicted : 0
  const recall = gold ? tp / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** Precision, recall and F1 in the short form the newer eval commands print. */
export interface BinaryScores {
  p: number
  r: number
  f1: number
}

/** `{p, r, f1}` from a precision and a recall. */
export function fromPR(p: number, r: number): BinaryScores {
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** A typed span, in any units. */
export interface TypedSpan {
  start: number
  end: number
  type: string
}

/**
 * conlleval-style scoring: a predicted span counts only when its start, end and type all equal a gold span's.
 * Input: per sentence (or document), gold and predicted spans.
 */
export function scoreSpans(
  gold: readonly (readonly TypedSpan[])[],
  predicted: readonly (readonly TypedSpan[])[],
): { overall: PRF; byType: Record<string, PRF> } {
  const total: Counts = { tp: 0, predicted: 0, gold: 0 }
  const byType = new Map<string, Counts>()
  const counts = (type: string) => {
    let c = byType.get(type)
    if (!c) byType.set(type, (c = { tp: 0, predicted: 0, gold: 0 }))
    return c
  }
  gold.forEach((goldSpans, i) => {
    const keys = new Set(goldSpans.map((s) => `${s.start}:${s.end}:${s.type}`))
    for (const s of goldSpans) {
      total.gold++
      counts(s.type).gold++
    }
    for (const s of predicted[i] ?? []) {
      total.predicted++
      counts(s.type).predicted++
      if (keys.has(`${s.start}:${s.end}:${s.type}`)) {
        total.tp++
        counts(s.type).tp++
      }
    }
  })
  return { overall: prf(total), byType: Object.fromEntries([...byType].sort().map(([type, c]) => [type, prf(c)])) }
}
