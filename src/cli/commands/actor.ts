import { parseArgs } from 'node:util'
import { isIsoDate } from '../../pipeline/create-doc.js'
import { AppError, ConfigError, messages as texts } from '../../errors.js'
import { resolveActor } from '../../pipeline/resolve-actor.js'
import { ActorBook, defaultActorBook } from '../../stages/entities/actor-book.js'

export const actorHelp = `newsgraph actor "NAME" [options]

With a corpus (--db, or ./newsgraph.db when it exists): the actor's dossier across the corpus: names, roles
over time, quotes, events as actor and as recipient, counterparts. Without one, or with --code: resolves the
string the way the pipeline does: its name, type, and PLOVER code (ISO 3166 alpha-3 country and sector).

Options:
  --db PATH|URL       the corpus (default ./newsgraph.db, or $NEWSGRAPH_DB)
  --code              only resolve the string to a name, type and code
  --context TEXT      a sentence the text occurs in (titles, appositives and pronouns then count), or the
                      countries it is about ("Mexico"), which choose between actors of one name
  --date YYYY-MM-DD   the date roles are read at (default today)
  --actors FILE       an actor file of your own (JSON, like actors/default.json) added to the defaults
  --json              print {name, type, country, sector, actorId, rule} as JSON
`

/** Reads `--actors FILE` into a book merged over the defaults; usage errors for bad files. */
export function actorBookOption(path: string | undefined): ActorBook | undefined {
  if (!path) return undefined
  try {
    return defaultActorBook().with(ActorBook.load(path))
  } catch (error) {
    if (error instanceof ConfigError) throw new AppError('invalid_input', error.message, { cause: error })
    throw error
  }
}

/** `newsgraph actor`. */
export async function actorCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      date: { type: 'string' },
      actors: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
      code: { type: 'boolean', default: false },
    },
  })
  if (positionals.length !== 1 || !positionals[0].trim())
    throw new AppError('usage', `expected one actor string, instead found ${positionals.length}\n\n${actorHelp}`)
  if (!values.code && !values.context && !values.date) {
    // The store's drivers load only when a dossier is asked for.
    const { dossierCommand } = await import('./corpus.js')
    if (await dossierCommand(positionals[0], values.db, values.json, out)) return
    if (values.db) throw new AppError('not_found', `no actor "${positionals[0]}" in the corpus ${values.db}`)
  }
  if (values.date !== undefined && !isIsoDate(values.date)) throw new AppError('usage', texts.badDate(values.date))
  const actor = resolveActor(positionals[0], {
    context: values.context,
    date: values.date,
    actors: actorBookOption(values.actors),
  })
  if (values.json) {
    out(
      JSON.stringify({
        name: actor.name,
        type: actor.type,
        country: actor.country,
        sector: actor.sector,
        ...(actor.actorId && { actorId: actor.actorId }),
        ...(actor.rule && { rule: actor.rule }),
      }) + '\n',
    )
    return
  }
  const code = [actor.country ?? '—', actor.sector ?? '—'].join('/')
  const roles = actor.roles.map((r) => (r.of ? `${r.title} of ${r.of}` : r.title)).join('; ')
  out(`${actor.name}  ${actor.type}  ${code}${roles ? `  (${roles})` : ''}\n`)
}
