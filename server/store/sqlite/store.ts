/** The Store over an embedded SQLite database (better-sqlite3), with each query prepared once. */
import type { Database, Statement } from 'better-sqlite3';
import type { Params, Store } from '../store.ts';

export class SqliteStore implements Store {
  readonly engine = 'sqlite';
  readonly #statements = new Map<string, Statement>();
  readonly #dataVersion: Statement;

  /** The database itself, for the writers (the importer, the sample generator), which run synchronously inside one transaction. */
  constructor(readonly db: Database) {
    // data_version changes whenever another connection (an import) commits to the database, and
    // total_changes() whenever this one writes (a publication by a server's own process).
    this.#dataVersion = db.prepare('SELECT data_version, total_changes() AS own FROM pragma_data_version').raw();
  }

  #statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: Params = {}): Promise<T[]> {
    return this.#statement(sql).all(params) as T[];
  }

  async get<T>(sql: string, params: Params = {}): Promise<T | undefined> {
    return this.#statement(sql).get(params) as T | undefined;
  }

  byCodePoint(expression: string): string {
    return expression;
  }

  version(): string {
    return (this.#dataVersion.get() as number[]).join('.');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
