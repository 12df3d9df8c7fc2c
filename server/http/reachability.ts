/**
 * Whether the database is out of reach, as the answers find it, said to the log once when an answer
 * finds it so and once when a read begun since then answers. Answers overlap, so each is judged by
 * when it began: a read begun before the database fell away that answers after it, or an answer begun
 * before it came back that fails after it, says nothing of it now (until 2026-12-04 the log said
 * both ways two or three times in an outage's first second).
 */
export class Reachability {
  readonly #log: (message: string) => void;
  /** When an answer found the database out of reach (`performance.now()`), while it is. */
  #since: number | undefined;
  /** When the read that found it back began. */
  #back = Number.NEGATIVE_INFINITY;

  constructor(log: (message: string) => void) {
    this.#log = log;
  }

  /** A read begun at `began` answered. */
  answered(began: number): void {
    if (this.#since === undefined || began < this.#since) return;
    this.#since = undefined;
    this.#back = began;
    this.#log('tsgs: the database answers again');
  }

  /** An answer begun at `began` found the database out of reach, at `now`. */
  failed(began: number, error: Error, now = performance.now()): void {
    if (this.#since !== undefined || began < this.#back) return;
    this.#since = now;
    this.#log(`tsgs: the database is out of reach (${error.message}); answering 503 until it answers again`);
  }
}
