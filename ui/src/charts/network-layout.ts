// Lays out a small actor network so that it can be read: the top N actors by events (or one actor and its
// counterparts), placed by d3-force with each node's label box kept clear of every other.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force'
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force'

/** An edge of GET /v1/network. */
export interface Edge {
  source: string
  sourceName: string
  target: string
  targetName: string
  type: string
  events: number
  score: number
}

/** A placed node: the label box is centred on (x, y). */
export interface PlacedNode extends SimulationNodeDatum {
  id: string
  name: string
  events: number
  width: number
  x: number
  y: number
}

/** A placed, merged edge: all events between two actors, cooperative and conflictual counted apart. */
export interface PlacedEdge {
  source: PlacedNode
  target: PlacedNode
  cooperative: number
  conflictual: number
  types: string[]
}

const LABEL_HEIGHT = 22
const CHAR_WIDTH = 7.2

/** The nodes to draw: the `ego` actor and its counterparts, or the `top` actors by events. */
export function chooseNodes(edges: Edge[], top: number, ego?: string): Map<string, { name: string; events: number }> {
  const all = new Map<string, { name: string; events: number }>()
  const add = (id: string, name: string, n: number) => {
    const have = all.get(id) ?? { name, events: 0 }
    have.events += n
    all.set(id, have)
  }
  const kept = ego
    ? edges.filter((e) =>
        [e.source, e.target, e.sourceName, e.targetName].some((v) => v.toLowerCase() === ego.toLowerCase()),
      )
    : edges
  for (const e of kept) {
    add(e.source, e.sourceName, e.events)
    add(e.target, e.targetName, e.events)
  }
  return new Map([...all.entries()].sort((a, b) => b[1].events - a[1].events).slice(0, top))
}

/** Places the chosen nodes and the edges between them in a width × height box. */
export function layoutNetwork(edges: Edge[], top: number, width: number, height: number, ego?: string) {
  const chosen = chooseNodes(edges, top, ego)
  const nodes: PlacedNode[] = [...chosen.entries()].map(([id, n], k) => ({
    id,
    name: n.name.length > 24 ? `${n.name.slice(0, 23)}…` : n.name,
    events: n.events,
    width: Math.min(24, n.name.length) * CHAR_WIDTH + 14,
    // A deterministic start: the same data draws the same picture.
    x: width / 2 + Math.cos(k * 2.4) * k * 6,
    y: height / 2 + Math.sin(k * 2.4) * k * 6,
  }))
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const merged = new Map<string, PlacedEdge>()
  for (const e of edges) {
    const a = byId.get(e.source)
    const b = byId.get(e.target)
    if (!a || !b || a === b) continue
    const key = [a.id, b.id].sort().join('|')
    const m = merged.get(key) ?? { source: a, target: b, cooperative: 0, conflictual: 0, types: [] }
    if (e.score < 0) m.conflictual += e.events
    else m.cooperative += e.events
    if (!m.types.includes(e.type)) m.types.push(e.type)
    merged.set(key, m)
  }
  const links: SimulationLinkDatum<PlacedNode>[] = [...merged.values()].map((m) => ({
    source: m.source,
    target: m.target,
  }))
  forceSimulation(nodes)
    .force('link', forceLink(links).distance(110).strength(0.3))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<PlacedNode>((n) => n.width / 2 + 6).iterations(3))
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.1))
    .force('center', forceCenter(width / 2, height / 2))
    .stop()
    .tick(300)
  // No clamping into the box afterwards: it would push labels back onto each other. The picture's viewBox is fitted
  // to where the nodes are instead.
  separateLabels(nodes)
  return { nodes, edges: [...merged.values()] }
}

/** Pushes apart any two label boxes that still overlap after the simulation (circles only approximate boxes). */
export function separateLabels(nodes: PlacedNode[], rounds = 200): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]
        const b = nodes[j]
        const dx = (a.width + b.width) / 2 + 4 - Math.abs(a.x - b.x)
        const dy = LABEL_HEIGHT + 4 - Math.abs(a.y - b.y)
        if (dx <= 0 || dy <= 0) continue
        moved = true
        // Move along the axis that needs less: labels are wide, so mostly up and down.
        if (dy < dx) {
          const s = a.y <= b.y ? -dy / 2 : dy / 2
          a.y += s
          b.y -= s
        } else {
          const s = a.x <= b.x ? -dx / 2 : dx / 2
          a.x += s
          b.x -= s
        }
      }
    if (!moved) return
  }
}

/** Whether any two label boxes overlap (the tests' check). */
export function labelsOverlap(nodes: PlacedNode[]): boolean {
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++)
      if (
        Math.abs(nodes[i].x - nodes[j].x) < (nodes[i].width + nodes[j].width) / 2 &&
        Math.abs(nodes[i].y - nodes[j].y) < LABEL_HEIGHT
      )
        return true
  return false
}

export { LABEL_HEIGHT }
