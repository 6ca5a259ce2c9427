import { prf, type PRF } from './score-spans.js'

/** A clustering: each item's cluster id. Items are numbered 0…n-1 and the same in gold and system. */
export type Clustering = readonly number[]

function clusters(assign: Clustering): Map<number, number[]> {
  const map = new Map<number, number[]>()
  assign.forEach((c, item) => map.set(c, [...(map.get(c) ?? []), item]))
  return map
}

/** MUC counts (Vilain et al. 1995): links recovered. Add up over documents, then `prf`. */
export function mucCounts(
  gold: Clustering,
  system: Clustering,
): { tp: number; gold: number; predicted: number; tpPrecision: number } {
  const partitionCount = (key: Clustering, response: Clustering) => {
    let num = 0
    let den = 0
    for (const items of clusters(key).values()) {
      const parts = new Set(items.map((i) => response[i]))
      num += items.length - parts.size
      den += items.length - 1
    }
    return { num, den }
  }
  const recall = partitionCount(gold, system)
  const precision = partitionCount(system, gold)
  return { tp: recall.num, gold: recall.den, predicted: precision.den, tpPrecision: precision.num }
}

/** B³ sums (Bagga & Baldwin 1998): per-item precision and recall, summed; divide by the number of items. */
export function b3Sums(gold: Clustering, system: Clustering): { precision: number; recall: number; items: number } {
  const goldClusters = clusters(gold)
  const systemClusters = clusters(system)
  let precision = 0
  let recall = 0
  gold.forEach((g, item) => {
    const inGold = new Set(goldClusters.get(g))
    const inSystem = systemClusters.get(system[item]) ?? []
    const both = inSystem.filter((i) => inGold.has(i)).length
    precision += both / inSystem.length
    recall += both / inGold.size
  })
  return { precision, recall, items: gold.length }
}

/** Accumulates MUC and B³ over documents. */
export class CorefScorer {
  private muc = { tp: 0, gold: 0, predicted: 0, tpPrecision: 0 }
  private b3 = { precision: 0, recall: 0, items: 0 }

  add(gold: Clustering, system: Clustering): void {
    const m = mucCounts(gold, system)
    this.muc.tp += m.tp
    this.muc.gold += m.gold
    this.muc.predicted += m.predicted
    this.muc.tpPrecision += m.tpPrecision
    const b = b3Sums(gold, system)
    this.b3.precision += b.precision
    this.b3.recall += b.recall
    this.b3.items += b.items
  }

  result(): { muc: PRF; b3: PRF } {
    const recall = prf({ tp: this.muc.tp, predicted: 1, gold: this.muc.gold }).recall
    const precision = this.muc.predicted ? this.muc.tpPrecision / this.muc.predicted : 0
    const mucF1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
    const bp = this.b3.items ? this.b3.precision / this.b3.items : 0
    const br = this.b3.items ? this.b3.recall / this.b3.items : 0
    return {
      muc: { precision, recall, f1: mucF1 },
      b3: { precision: bp, recall: br, f1: bp + br ? (2 * bp * br) / (bp + br) : 0 },
    }
  }
}
