/**
 * What the API reads the disclosure tables through, on either engine: readable SQL with `@name`
 * parameters, rows back as plain objects. SQLite (embedded, the default) and PostgreSQL (a database
 * server with replicas) each implement it; the queries in server/queries are written once, in the
 * SQL both engines share, and ask the store only for what differs (how names compare and sort).
 */

/** A parameter's value; an array only where the SQL casts it (`@pieces::text[]`, PostgreSQL only). */
export type Value = string | number | null | readonly string[];
export type Params = Readonly<Record<string, Value>>;

export type Engine = 'sqlite' | 'postgres';

export interface Store {
  readonly engine: Engine;
  /** Every row the query gives. */
  all<T>(sql: string, params?: Params): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  /** Text in an ORDER BY, sorted by code point as SQLite's BINARY collation does, whatever the database's own collation. */
  byCodePoint(expression: string): string;
  /** Changes whenever the data changes (an import commits): answers memoised at another version are not served again. */
  version(): string | Promise<string>;
  /** A store for one answer, read whole from one source (one read replica); the store itself where there is one source. */
  session?(): Store;
  /** Draft periods are shown as well as published ones (`serve --preview`); never a withdrawn one. */
  readonly preview?: boolean;
  close(): Promise<void>;
}

/**
 * The same store, calling `answered` with the time each read began (`performance.now()`) once it
 * answers: what tells the database answering again, as only a read begun after it fell away can.
 * A version given from memory (at most a second old, and forgotten once a query finds the database
 * out of reach) counts as read when asked for.
 */
export function reportingReads(store: Store, answered: (began: number) => void): Store {
  const read = async <T>(run: () => T | Promise<T>): Promise<T> => {
    const began = performance.now();
    const result = await run();
    answered(began);
    return result;
  };
  return {
    engine: store.engine,
    ...(store.preview ? { preview: true } : {}),
    all: (sql, params) => read(() => store.all(sql, params)),
    get: (sql, params) => read(() => store.get(sql, params)),
    byCodePoint: (expression) => store.byCodePoint(expression),
    version: () => read(() => store.version()),
    close: () => store.close(),
  };
}

/** The same store, showing draft periods as well as published ones: a publisher's preview, never the public API. */
export function previewOf(store: Store): Store {
  return {
    engine: store.engine,
    preview: true,
    all: (sql, params) => store.all(sql, params),
    get: (sql, params) => store.get(sql, params),
    byCodePoint: (expression) => store.byCodePoint(expression),
    version: () => store.version(),
    session: store.session && (() => previewOf((store.session as () => Store)())),
    close: () => store.close(),
  };
}

/**
 * `@name` parameters as `$1`, `$2`… (PostgreSQL's numbered ones), with the values in that order; a
 * name used twice is one parameter. Text inside quotes is left alone.
 */
export function numberedParameters(sql: string, params: Params = {}): { text: string; values: Value[] } {
  const order = new Map<string, number>();
  const text = sql.replace(/('(?:[^']|'')*')|@([A-Za-z_]\w*)/g, (whole, quoted: string | undefined, name: string | undefined) => {
    if (quoted || !name) return whole;
    if (!(name in params)) throw new RangeError(`the query names @${name}, which has no value`);
    if (!order.has(name)) order.set(name, order.size + 1);
    return `$${order.get(name)}`;
  });
  return { text, values: [...order.keys()].map((name) => params[name] as Value) };
}

/**
 * The database cancelled the statement (PostgreSQL's SQLSTATE 57014: its `statement_timeout`, or an
 * administrator). Asked again, here or elsewhere, it would take as long.
 */
export function isCancelledStatement(error: unknown): boolean {
  return (error as { code?: unknown })?.code === '57014';
}

/**
 * Errors that mean the database server is out of reach or unusable, not that the query is wrong: Node's, the
 * driver's, SQLSTATE classes 08 (connection) and 57P (shutting down), no such database (3D000),
 * refused credentials (28xxx), too many connections (53300).
 */
export function isUnreachable(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code) ||
    ['3D000', '53300'].includes(code) ||
    code.startsWith('CONNECT') ||
    code.startsWith('08') ||
    code.startsWith('57P') ||
    code.startsWith('28')
  );
}
