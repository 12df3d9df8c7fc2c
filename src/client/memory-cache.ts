/**
 * The answers this page has received, by URL, with what revalidating them needs. Bounded, because
 * a kiosk's page lives for weeks while people search; a Map in insertion order is all the LRU
 * this needs (lru-cache would triple the client's size for the same few lines).
 */

export interface CachedAnswer {
  /** The validated, frozen payload. */
  data: unknown;
  etag: string | null;
  /** When the server last sent or confirmed this data (ms epoch). */
  fetchedAt: number;
  /** Set by `expire()`: ask the server again next time, whatever the age. */
  expired?: boolean;
}

export class MemoryCache {
  private readonly answers = new Map<string, CachedAnswer>();

  constructor(private readonly maxEntries = 500) {}

  get(url: string): CachedAnswer | undefined {
    const answer = this.answers.get(url);
    if (answer) {
      this.answers.delete(url);
      this.answers.set(url, answer);
    }
    return answer;
  }

  /** Marks every answer for revalidation; each keeps its data, ETag and `fetchedAt` for a 304 or a stale fallback. */
  expireAll(): void {
    for (const [url, answer] of this.answers) this.answers.set(url, { ...answer, expired: true });
  }

  set(url: string, answer: CachedAnswer): void {
    this.answers.delete(url);
    this.answers.set(url, answer);
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.maxEntries) break;
      this.answers.delete(oldest);
    }
  }
}
