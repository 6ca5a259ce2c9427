import { AppError, messages } from '../../errors.js'
import type { Db } from './db.js'

/**
 * Versioned migrations, applied in order inside one transaction each; `schema_version` records the last one.
 * Each is written once per engine where the dialects differ (auto-increment keys, JSON, full-text search).
 */
const MIGRATIONS: { version: number; sql: (engine: Db['engine']) => string }[] = [
  {
    version: 1,
    sql: (engine) => {
      const serial = engine === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY'
      const json = engine === 'sqlite' ? 'TEXT' : 'JSONB'
      return `
        CREATE TABLE articles (
          seq ${serial},
          id TEXT NOT NULL UNIQUE,
          key TEXT NOT NULL UNIQUE,
          text_hash TEXT NOT NULL,
          minhash TEXT NOT NULL,
          url TEXT, title TEXT, source TEXT, published TEXT, language TEXT NOT NULL,
          text TEXT NOT NULL,
          analysis ${json},
          terms TEXT,
          main_actors TEXT,
          duplicate_of TEXT,
          story_id TEXT,
          ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_text_hash ON articles (text_hash);
        CREATE TABLE article_bands (band INTEGER NOT NULL, value INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles (id));
        CREATE INDEX article_bands_lookup ON article_bands (value);
        CREATE TABLE story_actors (
          actor_id TEXT NOT NULL, story_id TEXT NOT NULL, article_id TEXT NOT NULL, seq INTEGER NOT NULL, day TEXT,
          PRIMARY KEY (actor_id, story_id)
        );
        CREATE INDEX story_actors_recent ON story_actors (actor_id, seq);
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
        CREATE INDEX articles_story ON articles (story_id);
        CREATE TABLE actors (
          id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, sector TEXT
        );
        CREATE TABLE actor_aliases (
          alias_key TEXT PRIMARY KEY, folded TEXT NOT NULL, actor_id TEXT NOT NULL REFERENCES actors (id), alias TEXT NOT NULL
        );
        CREATE INDEX actor_aliases_folded ON actor_aliases (folded);
        CREATE TABLE article_actors (
          article_id TEXT NOT NULL REFERENCES articles (id), entity_id TEXT NOT NULL, actor_id TEXT NOT NULL REFERENCES actors (id),
          name TEXT NOT NULL, mentions INTEGER NOT NULL, salience REAL NOT NULL, roles TEXT, published TEXT,
          PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX article_actors_actor ON article_actors (actor_id);
        CREATE TABLE quotes (
          seq ${serial}, article_id TEXT NOT NULL REFERENCES articles (id), quote_id TEXT NOT NULL, speaker_actor_id TEXT, speaker TEXT,
          kind TEXT NOT NULL, content TEXT NOT NULL, cue TEXT, date TEXT, checkworthiness REAL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
          UNIQUE (article_id, quote_id)
        );
        CREATE INDEX quotes_speaker ON quotes (speaker_actor_id);
        CREATE INDEX quotes_date ON quotes (date);
        CREATE TABLE events (
          seq ${serial}, article_id TEXT NOT NULL REFERENCES articles (id), event_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, quad INTEGER NOT NULL,
          score REAL NOT NULL, date TEXT, modality TEXT NOT NULL, location TEXT, trigger TEXT NOT NULL, sentence TEXT NOT NULL,
          start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, count REAL,
          UNIQUE (article_id, event_id)
        );
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_date ON events (date);
        CREATE TABLE event_actors (
          article_id TEXT NOT NULL, event_id TEXT NOT NULL, actor_id TEXT NOT NULL REFERENCES actors (id), role TEXT NOT NULL
        );
        CREATE INDEX event_actors_actor ON event_actors (actor_id);
        CREATE INDEX event_actors_event ON event_actors (article_id, event_id);
        CREATE TABLE claims (
          seq ${serial}, article_id TEXT NOT NULL REFERENCES articles (id), claim_id TEXT NOT NULL, claimant_actor_id TEXT, claimant TEXT,
          status TEXT NOT NULL, content TEXT NOT NULL, marker TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
          UNIQUE (article_id, claim_id)
        );
        ${
          engine === 'sqlite'
            ? `CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61');`
            : `ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
             CREATE INDEX articles_tsv ON articles USING GIN (tsv);`
        }
      `
    },
  },
  {
    // Counts are of happenings, not mentions. `same_as`: the first mention in its article of the happening an event
    // repeats; `happening`: the key of the happening across the corpus (article/event of its first mention, which
    // later articles of the story join); `first_mention`: 1 for the event that opened its happening.
    version: 2,
    sql: () => `
      ALTER TABLE events ADD COLUMN same_as TEXT;
      ALTER TABLE events ADD COLUMN happening TEXT;
      ALTER TABLE events ADD COLUMN first_mention INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX articles_story_seq ON articles (story_id, seq);
    `,
  },
  {
    // Events' `location` is a gazetteer place id; each place any article names is kept once, for the event
    // filters by country, region and bounding box, the CSV's ActionGeo columns and the map.
    version: 3,
    sql: () => `
      CREATE TABLE places (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, country TEXT, admin1 TEXT,
        admin1_name TEXT, kind TEXT NOT NULL
      );
      CREATE INDEX places_country ON places (country);
      CREATE INDEX events_location ON events (location);
    `,
  },
]

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

/** Brings the database up to the current schema; safe to run from several processes at once. */
export async function migrate(db: Db): Promise<void> {
  // A store already up to date is not written to: a read-only one opens and answers queries.
  const current = await db
    .get<{ version: number | null }>('SELECT max(version) AS version FROM schema_version')
    .catch(() => undefined)
  if (Number(current?.version ?? 0) >= SCHEMA_VERSION) return
  if (db.readOnly)
    throw new AppError(
      'store_read_only',
      messages.storeReadOnly(`its schema (version ${current?.version ?? 0}) needs an update to ${SCHEMA_VERSION}`),
    )
  try {
    await db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)')
  } catch (error) {
    // Two PostgreSQL processes creating the table at once: the loser sees a duplicate type; the table exists.
    if ((error as { code?: string }).code !== '23505' && (error as { code?: string }).code !== '42P07') throw error
  }
  for (const migration of MIGRATIONS) {
    await db.transaction(async (tx) => {
      // Serialise concurrent migrators on PostgreSQL; SQLite's BEGIN IMMEDIATE already does.
      if (tx.engine === 'postgres') await tx.exec('LOCK TABLE schema_version IN EXCLUSIVE MODE')
      const row = await tx.get<{ version: number }>('SELECT max(version) AS version FROM schema_version')
      if ((row?.version ?? 0) >= migration.version) return
      await tx.exec(migration.sql(tx.engine))
      await tx.run('INSERT INTO schema_version (version) VALUES (?)', [migration.version])
    })
  }
}
