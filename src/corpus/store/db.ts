import Database from 'better-sqlite3'
import type pg from 'pg'
import { AppError } from '../../errors.js'

/** A parameter of a query. */
export type Param = string | number | null

/**
 * The little the corpus store needs of a SQL database, the same for both engines: queries are written with `?`
 * placeholders (rewritten to `$1…` for PostgreSQL), rows come back as plain objects, and `transaction` runs a
 * function atomically on one connection.
 */
export interface Db {
  readonly engine: 'sqlite' | 'postgres'
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>
  get<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | undefined>
  run(sql: string, params?: Param[]): Promise<number>
  exec(sql: string): Promise<void>
  transaction<T>(fn: (db: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Opens the embedded SQLite engine on a file: WAL, a busy timeout so that concurrent writers wait their turn. */
export function openSqlite(path: string): Db {
  let db: Database.Database
  try {
    db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 30000')
    db.pragma('foreign_keys = ON')
    // Fewer, larger checkpoints: ingest commits often. The page cache stays small (4 MB): a larger one was no faster
    // at ingest (the OS caches the file as well) and cost its size in memory.
    db.pragma('wal_autocheckpoint = 10000')
    db.pragma('cache_size = -4000')
  } catch (error) {
    throw new AppError('store_unavailable', `cannot open the SQLite store "${path}": ${(error as Error).message}`, {
      cause: error,
    })
  }
  // Statements are compiled once per SQL text: ingest runs the same few thousands of times.
  const statements = new Map<string, Database.Statement>()
  const prepare = (sql: string) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      if (statements.size < 500) statements.set(sql, statement)
    }
    return statement
  }
  const base = {
    engine: 'sqlite' as const,
    all: async (sql: string, params: Param[] = []) => prepare(sql).all(...params) as never,
    get: async (sql: string, params: Param[] = []) => prepare(sql).get(...params) as never,
    run: async (sql: string, params: Param[] = []) => prepare(sql).run(...params).changes,
    exec: async (sql: string) => {
      db.exec(sql)
    },
    close: async () => {
      db.close()
    },
  }
  // Inside a transaction, a nested one joins it.
  const inner: Db = { ...base, transaction: (fn) => fn(inner) }
  // One connection: transactions of concurrent callers run one after another, never interleaved.
  let queue: Promise<unknown> = Promise.resolve()
  const self: Db = {
    ...base,
    transaction: (fn) => {
      const run = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE')
        try {
          const result = await fn(inner)
          db.exec('COMMIT')
          return result
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK')
          throw error
        }
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
  return self
}

/** `?` placeholders → `$1, $2, …` (no query of ours has a `?` inside a string literal). */
function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/**
 * Opens a PostgreSQL engine from a `postgres://` URL (a small pool). The client library is loaded here, not with
 * the module: a SQLite store never needs it (≈ 13 MB).
 */
export async function openPostgres(url: string): Promise<Db> {
  const {
    default: { Pool },
  } = await import('pg')
  const pool = new Pool({ connectionString: url, max: 4 })
  pool.on('error', () => {
    /* a dropped idle client; the next query reconnects */
  })
  const wrap = (client: pg.Pool | pg.PoolClient, inTransaction: boolean): Db => {
    const query = async (sql: string, params: Param[] = []) => {
      try {
        return await client.query(numbered(sql), params)
      } catch (error) {
        const code = (error as { code?: string }).code
        if (code === 'ECONNREFUSED' || code === '57P01' || code === '3D000')
          throw new AppError('store_unavailable', `cannot reach the PostgreSQL store: ${(error as Error).message}`, {
            cause: error,
          })
        throw error
      }
    }
    const self: Db = {
      engine: 'postgres',
      all: async (sql, params) => (await query(sql, params)).rows as never,
      get: async (sql, params) => (await query(sql, params)).rows[0] as never,
      run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
      exec: async (sql) => {
        await query(sql)
      },
      transaction: async (fn) => {
        if (inTransaction) return fn(self)
        const connection = await pool.connect().catch((error: Error) => {
          throw new AppError('store_unavailable', `cannot reach the PostgreSQL store: ${error.message}`, {
            cause: error,
          })
        })
        try {
          await connection.query('BEGIN')
          const result = await fn(wrap(connection, true))
          await connection.query('COMMIT')
          return result
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => undefined)
          throw error
        } finally {
          connection.release()
        }
      },
      close: async () => {
        await pool.end()
      },
    }
    return self
  }
  return wrap(pool, false)
}

/** True when a `--db` value names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target)
}

/** Opens the store a `--db` value names: a `postgres://` URL, else a SQLite file path. */
export async function openDb(target: string): Promise<Db> {
  return isPostgresUrl(target) ? openPostgres(target) : openSqlite(target)
}
