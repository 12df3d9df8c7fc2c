/**
 * The last good answer of each URL, kept in IndexedDB so that a kiosk which loses its network —
 * or reloads while offline — still shows the disclosures it had, marked stale.
 *
 * idb-keyval opens the store; the bounds are ours, as no key-value library evicts by entry count
 * and bytes together. Each URL has a small `tsgs:meta:` record (size, age, ETag) and a
 * `tsgs:body:` record (the JSON text), so that eviction reads only the small records, inside the
 * same transaction as the write, and stays right when several tabs write at once. The JSON text is
 * kept rather than the parsed data so that it is validated again when read: the copy may have
 * been written by an older version of this client.
 *
 * IndexedDB may be missing, refused (private mode), full (quota) or stuck; every failure here is
 * swallowed, and a read gives up after a deadline. Persistence only ever helps.
 */
import { createStore, getMany, promisifyRequest, type UseStore } from 'idb-keyval';

export interface PersistOptions {
  /** Most answers kept (default 200). */
  maxEntries?: number;
  /** Most bytes of JSON kept (default 5 MB). */
  maxBytes?: number;
  /** IndexedDB database name (default 'tsgs'); tests use their own. */
  database?: string;
}

export interface PersistedAnswer {
  text: string;
  etag: string | null;
  /** When the server last sent or confirmed this data (ms epoch). */
  fetchedAt: number;
}

interface Meta {
  format: typeof FORMAT;
  url: string;
  etag: string | null;
  fetchedAt: number;
  bytes: number;
  /** Write order across every writer of the store: the lowest is evicted first. */
  order: number;
}

const FORMAT = 1;
const META = 'tsgs:meta:';
const BODY = 'tsgs:body:';
/** How long a read may take before the client gives up on it and reports its error instead. */
const READ_DEADLINE = 2_000;

export const PERSIST_DEFAULTS: Required<PersistOptions> = { maxEntries: 200, maxBytes: 5 * 1024 * 1024, database: 'tsgs' };

export class PersistentCache {
  private store?: UseStore;

  constructor(private readonly limits: Required<PersistOptions>) {}

  /** Keeps `answer` as the last good copy of `url`, evicting the oldest copies beyond the bounds. */
  async save(url: string, answer: PersistedAnswer & { bytes: number }): Promise<void> {
    if (answer.bytes > this.limits.maxBytes) return;
    await this.write(url, (_metas, order) => {
      const { text, ...rest } = answer;
      return { meta: { format: FORMAT, url, ...rest, order }, body: text };
    });
  }

  /** Records that the server confirmed (304) the copy of `url` at `fetchedAt`. */
  async confirm(url: string, fetchedAt: number): Promise<void> {
    await this.write(url, (metas, order) => {
      const meta = metas.find((m) => m.url === url);
      return meta ? { meta: { ...meta, fetchedAt, order } } : undefined;
    });
  }

  /** The last good copy of `url`, or undefined when there is none or IndexedDB fails. */
  async load(url: string): Promise<PersistedAnswer | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), READ_DEADLINE);
    });
    const read = this.quietly(async (store) => {
      const [meta, body] = (await getMany([META + url, BODY + url], store)) as [Meta | undefined, unknown];
      if (meta?.format !== FORMAT || typeof body !== 'string') return undefined;
      return { text: body, etag: meta.etag, fetchedAt: meta.fetchedAt };
    });
    try {
      return await Promise.race([read, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One read-write transaction: reads every meta record, lets `change` give the new records for
   * `url`, and deletes the oldest copies until the bounds hold again.
   */
  private write(url: string, change: (metas: Meta[], order: number) => { meta: Meta; body?: string } | undefined): Promise<void> {
    return this.quietly((store) =>
      store('readwrite', async (records) => {
        const range = IDBKeyRange.bound(META, `${META}\uffff`);
        const [keys, values] = await Promise.all([promisifyRequest(records.getAllKeys(range)), promisifyRequest(records.getAll(range))]);
        const metas: Meta[] = [];
        values.forEach((value, i) => {
          if (isMeta(value)) metas.push(value);
          else dropCopy(records, String(keys[i]).slice(META.length)); // a copy in another format
        });
        const order = Math.max(0, ...metas.map((m) => m.order)) + 1;
        const next = change(metas, order);
        if (!next) return;
        const kept = metas.filter((m) => m.url !== url).sort((a, b) => a.order - b.order);
        let entries = kept.length + 1;
        let bytes = kept.reduce((sum, m) => sum + m.bytes, next.meta.bytes);
        for (const old of kept) {
          if (entries <= this.limits.maxEntries && bytes <= this.limits.maxBytes) break;
          dropCopy(records, old.url);
          entries--;
          bytes -= old.bytes;
        }
        records.put(next.meta, META + url);
        if (next.body !== undefined) records.put(next.body, BODY + url);
        await promisifyRequest(records.transaction);
      }),
    );
  }

  private async quietly<T>(use: (store: UseStore) => Promise<T>): Promise<T | undefined> {
    try {
      this.store ??= createStore(this.limits.database, 'responses');
      return await use(this.store);
    } catch {
      return undefined;
    }
  }
}

function isMeta(value: unknown): value is Meta {
  const meta = value as Partial<Meta> | null;
  return meta?.format === FORMAT && typeof meta.url === 'string' && Number.isFinite(meta.order) && Number.isFinite(meta.bytes);
}

function dropCopy(records: IDBObjectStore, url: string): void {
  records.delete(META + url);
  records.delete(BODY + url);
}
