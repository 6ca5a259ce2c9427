/**
 * The compiled knowledge base file (`models/actors.kb`): UTF-8 lines, read where they lie so that threads share one
 * copy of the bytes and a process decodes only the actors it meets.
 *
 *     line 0                    a JSON header: notice, agents, countries, and where each section starts
 *     actors section            one JSON row an actor (`KbRow`), in the base's order
 *     names, surnames, skeletons, ids
 *                               "key<TAB>i,j,…" (actor rows), sorted by the key's UTF-8 bytes
 *
 * The keys are made at build time (`kbKey`, `skeleton`), so loading computes none.
 */

/** One actor as the build writes it: [id, name, type, country, sectors, gender, aliases, roles, source]. */
export type KbRow = [
  string,
  string,
  string,
  string,
  string,
  string,
  string[],
  [code: string, from: string, to: string, title: string, of: string][],
  string,
]

/** The sections of the file, each a run of lines: [first line, count]. */
export interface KbSections {
  actors: [number, number]
  names: [number, number]
  surnames: [number, number]
  skeletons: [number, number]
  ids: [number, number]
}

/** The header line. */
export interface KbHeader {
  format: 'newsgraph.actors/2'
  notice: string
  /** Agent phrase (its key) → sector codes, from PLOVER's agents ("defence minister" → "GOVMIL"). */
  agents: Record<string, string>
  /** [ISO3, name, nationality words] from NGEC's country table. */
  countries: [string, string, string[]][]
  sections: KbSections
}

/** What the build hands over: the rows and, for each index, its keys with the rows they name. */
export interface KbSource {
  notice: string
  agents: Record<string, string>
  countries: [string, string, string[]][]
  actors: KbRow[]
  names: Map<string, number[]>
  surnames: Map<string, number[]>
  skeletons: Map<string, number[]>
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const TAB = 9
const NEWLINE = 10

/** The file's bytes for a source. Keys with a tab or a line break in them are dropped (no name has one). */
export function writeKbFile(source: KbSource): Uint8Array {
  const lines: string[] = []
  const section = (rows: string[]): [number, number] => {
    const start = lines.length + 1
    lines.push(...rows)
    return [start, rows.length]
  }
  const index = (map: Map<string, number[]>) =>
    [...map]
      .filter(([key]) => key && !/[\t\n]/.test(key))
      .map(([key, rows]) => ({ bytes: encoder.encode(key), line: `${key}\t${rows.join(',')}` }))
      .sort((a, b) => compareBytes(a.bytes, b.bytes))
      .map((k) => k.line)
  const sections: KbSections = {
    actors: section(source.actors.map((row) => JSON.stringify(row))),
    names: section(index(source.names)),
    surnames: section(index(source.surnames)),
    skeletons: section(index(source.skeletons)),
    ids: section(index(new Map(source.actors.map((row, i) => [row[0], [i]])))),
  }
  const header: KbHeader = {
    format: 'newsgraph.actors/2',
    notice: source.notice,
    agents: source.agents,
    countries: source.countries,
    sections,
  }
  return encoder.encode(`${[JSON.stringify(header), ...lines].join('\n')}\n`)
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** Where each line of `bytes` starts, and one past the end of the last. */
export function lineStarts(bytes: Uint8Array): Uint32Array {
  const starts = [0]
  // The native search, not a loop over every byte: the file is megabytes, its lines a few dozen bytes.
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) starts.push(i + 1)
  starts.push(bytes.length + 1)
  return Uint32Array.from(starts)
}

/** Reads the file where it lies: lines by number, and the rows an index gives a key. */
export class KbFile {
  readonly header: KbHeader

  /** `starts` may be given (shared by another thread); it is computed otherwise. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Uint32Array = lineStarts(bytes),
  ) {
    const header = JSON.parse(this.line(0)) as KbHeader
    if (header?.format !== 'newsgraph.actors/2') throw new Error('models/actors.kb: not a newsgraph.actors/2 file')
    this.header = header
  }

  /** The text of line `n`, without its line break. */
  line(n: number): string {
    return decoder.decode(this.bytes.subarray(this.starts[n], this.starts[n + 1] - 1))
  }

  /** Row `i` of the actors section. */
  row(i: number): KbRow {
    return JSON.parse(this.line(this.header.sections.actors[0] + i)) as KbRow
  }

  /** Every actor row, in order (for builds that read the base whole). */
  *rows(): Generator<KbRow> {
    for (let i = 0; i < this.header.sections.actors[1]; i++) yield this.row(i)
  }

  /** The actor rows an index gives `key` (by binary search over its sorted lines); none when absent. */
  lookup(section: Exclude<keyof KbSections, 'actors'>, key: string): number[] {
    if (!key) return []
    const query = encoder.encode(key)
    let [lo, hi] = this.header.sections[section]
    hi += lo
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const order = this.compareKey(mid, query)
      if (order === 0) return this.postings(mid, query.length)
      if (order < 0) lo = mid + 1
      else hi = mid
    }
    return []
  }

  /** The line's key against `query`: negative when it sorts before. */
  private compareKey(line: number, query: Uint8Array): number {
    const start = this.starts[line]
    for (let i = 0; ; i++) {
      const b = this.bytes[start + i]
      const end = b === TAB || b === NEWLINE || b === undefined
      if (i === query.length) return end ? 0 : 1
      if (end) return -1
      if (b !== query[i]) return b - query[i]
    }
  }

  private postings(line: number, keyLength: number): number[] {
    const out: number[] = []
    let value = 0
    for (let i = this.starts[line] + keyLength + 1; i < this.starts[line + 1] - 1; i++) {
      const b = this.bytes[i]
      if (b === 44) {
        out.push(value)
        value = 0
      } else value = value * 10 + (b - 48)
    }
    out.push(value)
    return out
  }
}
