import { AppError, type ErrorCode } from '../errors.js'
/** A command's run: resolves to its exit status, or to nothing for 0. */
type Run = (argv: string[], out: (text: string) => void, err: (text: string) => void) => Promise<void | number>
/** A command, loaded on use: `newsgraph analyze` never pays for the HTTP server or the database drivers. */
type Command = { load: () => Promise<{ run: Run; help: string }>; summary: string }

const corpus = () => import('./commands/corpus.js')
const COMMANDS: Record<string, Command> = {
  analyze: {
    load: async () => {
      const m = await import('./commands/analyze.js')
      return { run: m.analyzeCommand, help: m.analyzeHelp }
    },
    summary: 'analyse one article (text file or -)',
  },
  serve: {
    load: async () => {
      const m = await import('./commands/serve.js')
      return { run: m.serveCommand, help: m.serveHelp }
    },
    summary: 'the HTTP API and the web UI on the corpus',
  },
  ingest: {
    load: async () => {
      const m = await corpus()
      return { run: m.ingestCommand, help: m.ingestHelp }
    },
    summary: 'read files, folders, URLs and feeds into the corpus',
  },
  search: {
    load: async () => {
      const m = await corpus()
      return { run: m.searchCommand, help: m.searchHelp }
    },
    summary: 'full-text search over the corpus',
  },
  quotes: {
    load: async () => {
      const m = await corpus()
      return { run: m.quotesCommand, help: m.quotesHelp }
    },
    summary: 'quotes by speaker, topic and date',
  },
  events: {
    load: async () => {
      const m = await corpus()
      return { run: m.eventsCommand, help: m.eventsHelp }
    },
    summary: 'events by actor, type, place and date',
  },
  claims: {
    load: async () => {
      const m = await corpus()
      return { run: m.claimsCommand, help: m.claimsHelp }
    },
    summary: 'claims the reporting disputes',
  },
  actor: {
    load: async () => {
      const m = await import('./commands/actor.js')
      return { run: m.actorCommand, help: m.actorHelp }
    },
    summary: "an actor's dossier in the corpus (or resolve a string to a PLOVER code)",
  },
  timeline: {
    load: async () => {
      const m = await corpus()
      return { run: m.timelineCommand, help: m.timelineHelp }
    },
    summary: 'events per day and type for an actor or topic',
  },
  network: {
    load: async () => {
      const m = await corpus()
      return { run: m.networkCommand, help: m.networkHelp }
    },
    summary: 'the actor → recipient network',
  },
  export: {
    load: async () => {
      const m = await corpus()
      return { run: m.exportCommand, help: m.exportHelp }
    },
    summary: 'the corpus as JSONL, CSV (events) or GEXF (network)',
  },
  bench: {
    load: async () => {
      const m = await import('./commands/bench.js')
      return { run: m.benchCommand, help: m.benchHelp }
    },
    summary: 'measure throughput, memory and start-up time',
  },
  eval: {
    load: async () => {
      const m = await import('./commands/eval.js')
      return { run: m.evalCommand, help: m.evalHelp }
    },
    summary: 'score a stage on annotated data (ner, quotes, time, coref, events, checkworthy, extract, stories)',
  },
}

const USAGE = `newsgraph — who said what, who did what to whom, where and when, as data.

Usage: newsgraph COMMAND [options]   (newsgraph COMMAND --help for a command's options)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}
`

/** Exit status for each error code: 2 for usage, 3 for a missing input, 4 for bad input, 1 otherwise. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  usage: 2,
  not_found: 3,
  invalid_input: 4,
  conflict: 5,
  store_unavailable: 6,
  internal: 1,
  too_large: 4,
  analysis_timeout: 1,
  store_read_only: 6,
  store_full: 6,
}

/** Runs the CLI with `argv` (without node and the script path) and returns the exit status. */
export async function main(
  argv: string[],
  out = (text: string) => void process.stdout.write(text),
  err = (text: string) => void process.stderr.write(text),
): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE)
    return name ? 0 : 2
  }
  if (name === '--version') {
    out('newsgraph 0.1.0\n')
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    err(`newsgraph: unknown command "${name}"\n\n${USAGE}`)
    return 2
  }
  const { run, help } = await command.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    out(help)
    return 0
  }
  try {
    return (await run(rest, out, err)) ?? 0
  } catch (error) {
    if (error instanceof AppError) {
      err(`newsgraph ${name}: ${error.message}\n`)
      return EXIT_CODES[error.code]
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`newsgraph ${name}: ${(error as Error).message}\n\n${help}`)
      return 2
    }
    err(`newsgraph ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return 1
  }
}
