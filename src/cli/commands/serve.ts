import { parseArgs } from 'node:util'
import { AppError } from '../../errors.js'
import { buildServer } from '../../server/app.js'
import { createRequestLog } from '../../server/request-log.js'
import { CorpusStore } from '../../corpus/store/corpus-store.js'
import { dbTarget } from './corpus.js'

export const serveHelp = `newsgraph serve [options]

Starts the HTTP API (under /v1, OpenAPI document at /openapi.json) and the web UI on the corpus store.

Options:
  --port N          port (default 8080; 0 picks a free one)
  --host H          address to bind (default 127.0.0.1; any other needs --token)
  --db PATH|URL     the store (default ./newsgraph.db, or $NEWSGRAPH_DB)
  --token T         API token required as "Authorization: Bearer T" (or $NEWSGRAPH_TOKEN)
  --cors ORIGIN     allow this browser origin to call the API (off by default)
  --workers N       analysis threads (default: one per core)
  --allowed-host NAME  a name the server may be reached by besides localhost and its address (repeatable;
                    other Host headers get 421, against DNS rebinding)
  --allow-private-urls  let feed and page fetches reach loopback, private and link-local addresses (off:
                    a feed cannot make the server read its own network)
  --quiet           no log lines on stderr (errors, slow requests and feed jobs are logged by default)
`

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

/** `newsgraph serve`: runs until interrupted. */
export async function serveCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      token: { type: 'string' },
      cors: { type: 'string' },
      workers: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'allow-private-urls': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new AppError('usage', `expected --port from 0 to 65535, instead found "${values.port}"`)
  const token = values.token ?? process.env.NEWSGRAPH_TOKEN
  if (!LOOPBACK.has(values.host) && !token)
    throw new AppError(
      'usage',
      `binding ${values.host} exposes the API beyond this machine: give it an API token with --token (or NEWSGRAPH_TOKEN)`,
    )
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64))
    throw new AppError('usage', `expected --workers from 0 to 64, instead found "${values.workers}"`)
  const store = await CorpusStore.open(dbTarget(values.db))
  const app = await buildServer({
    store,
    ...(token && { token }),
    ...(values.cors && { cors: values.cors }),
    ...(workers !== undefined && { workers }),
    host: values.host,
    allowedHosts: values['allowed-host'] ?? [],
    allowPrivateUrls: values['allow-private-urls'] ?? false,
    log: createRequestLog({ quiet: values.quiet ?? false }),
  })
  app.addHook('onClose', async () => {
    await store.close()
  })
  let address: string
  try {
    address = await app.listen({ port, host: values.host })
  } catch (error) {
    await app.close()
    throw new AppError('usage', `cannot listen on ${values.host}:${port}: ${(error as Error).message}`)
  }
  out(
    `Newsgraph is serving ${dbTarget(values.db)} at ${address.replace('127.0.0.1', 'localhost')}/ (API under /v1, OpenAPI at /openapi.json). Ctrl-C stops it.\n`,
  )
  const stop = async () => {
    await app.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  await new Promise(() => undefined)
}
