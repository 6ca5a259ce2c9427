import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { EXAMPLES_DIR, generateCorpus, readArticles } from '../../bench/generate-corpus.js'
import { AppError } from '../../errors.js'
import type { IngestSummary } from '../../corpus/ingest/ingest.js'
import { analyzeDoc } from '../../pipeline/analyze.js'
import type { StageTimings } from '../../pipeline/create-pipeline.js'
import { toAnalysis } from '../../doc/to-analysis.js'
import type { Doc } from '../../doc/types.js'
import { tagMentions } from '../../stages/mentions/tag-mentions.js'
import { parseSyntax } from '../../stages/syntax/parse-syntax.js'

export const benchHelp = `newsgraph bench [DIR] [options]

Runs the whole analysis pipeline single-threaded over a corpus and reports throughput.
DIR is a folder of .txt articles; without it, a corpus is generated from the sample articles in examples/.

With --corpus: ingests a generated corpus into a fresh SQLite store on all cores, as \`newsgraph ingest\`
does, and reports articles/s and peak memory.

Options:
  --corpus       measure ingest into the store instead (default 10,000 generated articles)
  --workers N    analysis threads for --corpus (default: one per core)
  --articles N   articles to generate (default 1000; 10,000 with --corpus)
  --rounds N     timed passes over the corpus after one warm-up pass (default 3)
  --json         print the numbers as JSON
`

/** What `newsgraph bench` measures. */
export interface BenchResult {
  corpus: string
  articles: number
  tokens: number
  seconds: number
  tokensPerSecond: number
  articlesPerSecond: number
  /** Tokens per second of the text layer alone (paragraphs, structure, tokens, quotations, sentences). */
  textLayerTokensPerSecond: number
  /** Tokens per second of the mentions stage (the NER tagger and type refinement) run alone over the corpus. */
  nerTokensPerSecond: number
  /** The same stage's throughput inside the pipeline, where the other stages share its caches. */
  mentionsTokensPerSecond: number
  /** Tokens per second of the syntax stage (tagging and parsing every sentence) alone over the corpus. */
  syntaxTokensPerSecond: number
  /** Tokens per second of the whole pipeline when every sentence is parsed too (`analyze --syntax`). */
  withSyntaxTokensPerSecond: number
  /** Share of pipeline time spent in each stage, 0–1. */
  stageShare: Record<string, number>
  peakMemoryMB: number
  /** Wall time of `newsgraph analyze` on one sample article in a fresh process, median of 3, in ms. */
  startupMs: number
}

const TEXT_LAYERS = ['paragraphs', 'structure', 'tokens', 'quotations', 'sentences']

/** `newsgraph bench`. */
export async function benchCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      corpus: { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  })
  if (values.corpus) {
    const result = await benchIngest(
      positiveInteger(values.articles ?? '10000', '--articles'),
      values.workers === undefined ? undefined : positiveInteger(values.workers, '--workers'),
    )
    out(
      values.json
        ? JSON.stringify(result, null, 2) + '\n'
        : [
            `corpus ingest   ${result.articles} generated articles into a fresh SQLite store with ${result.workers} worker threads`,
            `throughput      ${result.articlesPerSecond.toFixed(1)} articles/s (${result.seconds.toFixed(1)} s; ${result.stored} analysed, ${result.duplicates} copies linked)`,
            `peak memory     ${result.peakMemoryMB} MB (process, all threads)`,
            '',
          ].join('\n'),
    )
    return
  }
  const count = positiveInteger(values.articles ?? '1000', '--articles')
  const rounds = positiveInteger(values.rounds, '--rounds')
  const dir = positionals[0]
  if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory()))
    throw new AppError('not_found', `cannot read "${dir}": no such folder`)
  const texts = dir ? readArticles(dir).map((a) => a.text) : generateCorpus(readArticles(EXAMPLES_DIR), count)
  if (texts.length === 0) throw new AppError('invalid_input', `"${dir}" holds no .txt articles`)
  const result = runBench(texts, rounds, dir ?? `generated from examples/ (${count} articles)`)
  out(values.json ? JSON.stringify(result, null, 2) + '\n' : renderBench(result))
}

function positiveInteger(value: string | undefined, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new AppError('usage', `expected ${flag} to be a positive integer, instead found "${value}"`)
  return n
}

/** Ingests `count` generated articles (JSON Lines, dated over a month) into a temporary SQLite store. */
async function benchIngest(count: number, workers?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'))
  try {
    const texts = generateCorpus(readArticles(EXAMPLES_DIR), count)
    // Files of 500 articles each, as a feed dump or a day's export would come.
    const input = join(dir, 'corpus')
    mkdirSync(input)
    for (let f = 0; f * 500 < texts.length; f++) {
      writeFileSync(
        join(input, `part-${String(f).padStart(3, '0')}.jsonl`),
        texts
          .slice(f * 500, (f + 1) * 500)
          .map((text, i) => {
            const k = f * 500 + i
            return JSON.stringify({
              text,
              source: `Outlet ${k % 7}`,
              url: `https://bench.example/${k}`,
              published: `2026-03-${String(1 + (k % 28)).padStart(2, '0')}`,
            })
          })
          .join('\n') + '\n',
      )
    }
    texts.length = 0
    // The ingest runs as the user runs it, `newsgraph ingest`, in a process of its own: its peak memory is not
    // mixed with this process's corpus generation. Peak = the kernel's high-water mark of resident memory.
    const threads = workers ?? availableParallelism()
    const bin = fileURLToPath(new URL('../bin.js', import.meta.url))
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        bin,
        'ingest',
        input,
        '--db',
        join(dir, 'bench.db'),
        '--workers',
        String(threads),
        '--json',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    let peak = 0
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    const sampler = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]
        if (hwm) peak = Math.max(peak, Number(hwm) * 1024)
      } catch {
        /* the process has ended, or this is not Linux */
      }
    }, 50)
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    clearInterval(sampler)
    if (code !== 0) throw new AppError('internal', `the benchmark ingest exited with status ${code}`)
    const summary = JSON.parse(out) as IngestSummary
    if (summary.failed.length)
      throw new AppError('internal', `the benchmark corpus did not ingest: ${summary.failed[0].reason}`)
    return {
      articles: count,
      workers: threads,
      stored: summary.stored,
      duplicates: summary.duplicates,
      seconds: summary.seconds,
      articlesPerSecond: summary.articlesPerSecond,
      peakMemoryMB: Math.round(peak / 1048576),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Times the pipeline over `texts`: one warm-up pass, then `rounds` timed passes. */
export function runBench(texts: readonly string[], rounds: number, corpus: string): BenchResult {
  let tokens = 0
  for (const text of texts) tokens += analyzeDoc(text).tokens.length
  const timings: StageTimings = {}
  const began = performance.now()
  for (let r = 0; r < rounds; r++) for (const text of texts) toAnalysis(analyzeDoc(text, {}, { timings }))
  const seconds = (performance.now() - began) / 1000
  // The pipeline's own peak, before the NER measurement below keeps the whole analysed corpus in memory.
  const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024)
  const stageMs = Object.values(timings).reduce((a, b) => a + b, 0)
  const textMs = TEXT_LAYERS.reduce((sum, layer) => sum + (timings[layer] ?? 0), 0)
  const stageShare = Object.fromEntries(
    Object.entries(timings).map(([layer, ms]) => [layer, round(ms / (seconds * 1000), 3)]),
  )
  return {
    corpus,
    articles: texts.length,
    tokens,
    seconds: round(seconds, 3),
    tokensPerSecond: Math.round((tokens * rounds) / seconds),
    articlesPerSecond: Math.round((texts.length * rounds) / seconds),
    textLayerTokensPerSecond: Math.round((tokens * rounds) / (textMs / 1000)),
    mentionsTokensPerSecond: Math.round((tokens * rounds) / ((timings.mentions ?? Infinity) / 1000)),
    ...stageSpeeds(texts),
    withSyntaxTokensPerSecond: withSyntaxThroughput(texts, tokens),
    stageShare: { ...stageShare, other: round(1 - stageMs / (seconds * 1000), 3) },
    peakMemoryMB,
    startupMs: measureStartup(),
  }
}

/**
 * One stage alone over the analysed corpus, in tokens per second: the median of passes made for at least a second.
 */
function stageThroughput(docs: readonly Doc[], run: (doc: Doc) => unknown): number {
  let tokens = 0
  for (const doc of docs) tokens += doc.tokens.length
  const passes: number[] = []
  const began = performance.now()
  while (performance.now() - began < 1000 || passes.length < 3) {
    const passBegan = performance.now()
    for (const doc of docs) run(doc)
    passes.push(performance.now() - passBegan)
  }
  return Math.round((tokens * 1000) / passes.sort((a, b) => a - b)[passes.length >> 1])
}

/** The mentions and syntax stages alone, over one analysis of the corpus. */
function stageSpeeds(texts: readonly string[]): { nerTokensPerSecond: number; syntaxTokensPerSecond: number } {
  const docs = texts.map((text) => analyzeDoc(text))
  return {
    nerTokensPerSecond: stageThroughput(docs, tagMentions),
    syntaxTokensPerSecond: stageThroughput(docs, (doc) => parseSyntax(doc, true)),
  }
}

/** One pass of the whole pipeline with every sentence parsed, as `analyze --syntax` runs it. */
function withSyntaxThroughput(texts: readonly string[], tokens: number): number {
  const began = performance.now()
  for (const text of texts) toAnalysis(analyzeDoc(text, {}, { syntax: true }), { syntax: true })
  return Math.round(tokens / ((performance.now() - began) / 1000))
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** Runs `newsgraph analyze` on a sample in fresh processes, as a user would, and returns the median wall time. */
function measureStartup(): number {
  const bin = fileURLToPath(new URL(`../bin.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url))
  const sample = join(EXAMPLES_DIR, readArticles(EXAMPLES_DIR)[0].name)
  const times: number[] = []
  for (let k = 0; k < 3; k++) {
    const began = performance.now()
    const run = spawnSync(process.execPath, [...process.execArgv, bin, 'analyze', sample, '--json'], {
      stdio: 'ignore',
    })
    if (run.status !== 0) return -1
    times.push(performance.now() - began)
  }
  return Math.round(times.sort((a, b) => a - b)[1])
}

function renderBench(r: BenchResult): string {
  const shares = Object.entries(r.stageShare)
    .map(([stage, share]) => `${stage} ${(share * 100).toFixed(1)}%`)
    .join(', ')
  return [
    `corpus          ${r.corpus}: ${r.articles} articles, ${r.tokens} tokens`,
    `pipeline        ${r.tokensPerSecond.toLocaleString('en')} tokens/s, ${r.articlesPerSecond.toLocaleString('en')} articles/s (single thread)`,
    `text layer      ${r.textLayerTokensPerSecond.toLocaleString('en')} tokens/s`,
    `NER             ${r.nerTokensPerSecond.toLocaleString('en')} tokens/s (the mentions stage, tagging and typing, alone over the corpus; ` +
      `${r.mentionsTokensPerSecond.toLocaleString('en')} inside the pipeline, which shares its caches)`,
    `syntax          ${r.syntaxTokensPerSecond.toLocaleString('en')} tokens/s (the syntax stage, tagging and ` +
      `parsing every sentence, alone; the pipeline with it: ${r.withSyntaxTokensPerSecond.toLocaleString('en')} tokens/s)`,
    `stage share     ${shares}`,
    `peak memory     ${r.peakMemoryMB} MB`,
    `start-up        ${r.startupMs} ms for \`newsgraph analyze\` of one article`,
    '',
  ].join('\n')
}
