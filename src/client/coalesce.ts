/**
 * Concurrent requests for the same URL share one flight. Written here because no library gives
 * each caller its own AbortSignal over a shared request: a caller that aborts leaves at once,
 * the flight goes on for the others, and only when every caller has left is it aborted.
 */
import { abortedError } from './errors.ts';

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  callers: number;
}

export class Coalescer {
  private readonly flights = new Map<string, Flight<unknown>>();

  /** Joins the flight for `key`, starting it with `start` when there is none. */
  join<T>(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortedError(key, signal.reason));
    const flight = (this.flights.get(key) as Flight<T> | undefined) ?? this.start(key, start);
    flight.callers++;
    return new Promise<T>((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return false;
        left = true;
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const onAbort = () => {
        if (!leave()) return;
        reject(abortedError(key, signal?.reason));
        if (--flight.callers === 0) {
          // Nobody waits any more: a later caller starts afresh rather than joining a dying flight.
          if (this.flights.get(key) === flight) this.flights.delete(key);
          flight.controller.abort(signal?.reason);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => leave() && resolve(value),
        (error: unknown) => leave() && reject(error),
      );
    });
  }

  private start<T>(key: string, start: (signal: AbortSignal) => Promise<T>): Flight<T> {
    const controller = new AbortController();
    // Started on the next microtask so that a `start` that throws synchronously still rejects the flight.
    const promise = Promise.resolve().then(() => start(controller.signal));
    const flight: Flight<T> = { promise, controller, callers: 0 };
    this.flights.set(key, flight);
    const land = () => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    };
    // This handler also marks the flight's rejection as handled: when every caller has left, nobody else listens.
    promise.then(land, land);
    return flight;
  }
}
