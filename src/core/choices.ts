/**
 * A list an element offers to choose from (the regions or industries that have data), loaded from
 * the API beside the element's own data through the page's shared client. It is an aid, not the
 * element's content: while it loads, or if it cannot be had, the element simply offers no choice,
 * and fires no event of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientCore } from '../client/core.ts';
import { coreFor } from '../client/registry.ts';

export interface ChoicesOptions<A, T> {
  /** What to ask for, or undefined when the element offers no choice (its attribute is off). */
  args: () => A | undefined;
  load: (args: A, client: ClientCore, signal: AbortSignal) => Promise<readonly T[]>;
}

export class ChoicesController<A, T> implements ReactiveController {
  /** The choices, once loaded for the current arguments. */
  items?: readonly T[];
  #key?: string;
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly config: { api: string } },
    private readonly options: ChoicesOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const args = this.options.args();
    const api = this.host.config.api;
    const key = args === undefined ? undefined : JSON.stringify([api, args]);
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.items = undefined;
    if (args === undefined) {
      this.host.requestUpdate();
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.options.load(args, coreFor(api), abort.signal).then(
      (items) => {
        if (abort.signal.aborted) return;
        this.items = items;
        this.host.requestUpdate();
      },
      // Without the list the element still works with what its attributes say.
      () => undefined,
    );
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = undefined;
  }
}
