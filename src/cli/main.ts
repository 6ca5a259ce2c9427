import { AppError, type ErrorCode } from '../errors.js'
import { actorCommand, actorHelp } from './commands/actor.js'
import { analyzeCommand, analyzeHelp } from './commands/analyze.js'
import { benchCommand, benchHelp } from './commands/bench.js'
import { evalCommand, evalHelp } from './commands/eval.js'
import { serveCommand, serveHelp } from './commands/serve.js'
import {
  claimsCommand, claimsHelp, eventsCommand, eventsHelp, exportCommand, exportHelp, ingestCommand, ingestHelp, networkCommand, networkHelp,
  quotesCommand, quotesHelp, searchCommand, searchHelp, timelineCommand, timelineHelp,
} from './commands/corpus.js'

type Command = { run: (argv: string[], out: (text: string) => void) => Promise<void>; help: string; summary: string }

const COMMANDS: Record<string, Command> = {
  analyze: { run: analyzeCommand, help: analyzeHelp, summary: 'analyse one article (text file or -)' },
  serve: { run: serveCommand, help: serveHelp, summary: 'the HTTP API and the web UI on the corpus' },
  ingest: { run: ingestCommand, help: ingestHelp, summary: 'read files, folders, URLs and feeds into the corpus' },
  search: { run: searchCommand, help: searchHelp, summary: 'full-text search over the corpus' },
  quotes: { run: quotesCommand, help: quotesHelp, summary: 'quotes by speaker, topic and date' },
  events: { run: eventsCommand, help: eventsHelp, summary: 'events by actor, type, place and date' },
  claims: { run: claimsCommand, help: claimsHelp, summary: 'claims the reporting disputes' },
  actor: { run: actorCommand, help: actorHelp, summary: "an actor's dossier in the corpus (or resolve a string to a PLOVER code)" },
  timeline: { run: timelineCommand, help: timelineHelp, summary: 'events per day and type for an actor or topic' },
  network: { run: networkCommand, help: networkHelp, summary: 'the actor → recipient network' },
  export: { run: exportCommand, help: exportHelp, summary: 'the corpus as JSONL, CSV (events) or GEXF (network)' },
  bench: { run: benchCommand, help: benchHelp, summary: 'measure throughput, memory and start-up time' },
  eval: { run: evalCommand, help: evalHelp, summary: 'score a stage on annotated data (ner, quotes, time, coref, events, checkworthy, extract, stories)' },
}

const USAGE = `newsgraph — who said what, who did what to whom, where and when, as data.

Usage: newsgraph COMMAND [options]   (newsgraph COMMAND --help for a command's options)

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}
`

/** Exit status for each error code: 2 for usage, 3 for a missing input, 4 for bad input, 1 otherwise. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  usage: 2, not_found: 3, invalid_input: 4, conflict: 5, store_unavailable: 6, internal: 1,
}

/** Runs the CLI with `argv` (without node and the script path) and returns the exit status. */
export async function main(argv: string[], out = (text: string) => void process.stdout.write(text), err = (text: string) => void process.stderr.write(text)): Promise<number> {
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
  if (rest.includes('--help') || rest.includes('-h')) {
    out(command.help)
    return 0
  }
  try {
    await command.run(rest, out)
    return 0
  } catch (error) {
    if (error instanceof AppError) {
      err(`newsgraph ${name}: ${error.message}\n`)
      return EXIT_CODES[error.code]
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`newsgraph ${name}: ${(error as Error).message}\n\n${command.help}`)
      return 2
    }
    err(`newsgraph ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return 1
  }
}
