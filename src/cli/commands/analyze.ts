import { parseArgs } from 'node:util'
import { isIsoDate } from '../../pipeline/create-doc.js'
import { AppError, messages as texts } from '../../errors.js'
import { analyze } from '../../pipeline/analyze.js'
import { DEFAULT_MAX_BYTES, readInput } from '../read-input.js'
import { renderReport } from '../report.js'
import { actorBookOption } from './actor.js'

export const analyzeHelp = `newsgraph analyze FILE|- [options]

Analyses one article (a text file, or standard input for "-").

Options:
  --published YYYY-MM-DD  publication date (relative dates resolve against it)
  --title TEXT            the article's title
  --source NAME           the outlet
  --url URL               where the article was published
  --json                  print the newsgraph.analysis/1 JSON instead of a report
  --syntax                parse every sentence and add the parse to the JSON (field "syntax": per token its
                          UD and PTB tags, head and UD relation)
  --actors FILE           an actor file of your own (JSON, like actors/default.json) added to the defaults
  --max-bytes N           refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})
`

/** `newsgraph analyze`: one article in, a report or the contract JSON out. */
export async function analyzeCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      title: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
      syntax: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      actors: { type: 'string' },
    },
  })
  if (positionals.length !== 1)
    throw new AppError(
      'usage',
      `expected one FILE (or - for standard input), instead found ${positionals.length}\n\n${analyzeHelp}`,
    )
  if (values.published !== undefined && !isIsoDate(values.published))
    throw new AppError('usage', texts.badDate(values.published))
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes'])
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new AppError('usage', `expected --max-bytes to be a positive integer, instead found "${values['max-bytes']}"`)
  const actors = actorBookOption(values.actors)
  const text = await readInput(positionals[0], maxBytes)
  const analysis = analyze(
    text,
    {
      ...(values.published && { published: values.published, publishedSource: 'caller' as const }),
      ...(values.title && { title: values.title }),
      ...(values.source && { source: values.source }),
      ...(values.url && { url: values.url }),
    },
    { stageOptions: { ...(actors && { actors }) }, syntax: values.syntax },
  )
  out(values.json ? JSON.stringify(analysis) + '\n' : renderReport(analysis))
}
