/**
 * An element's data, over @lit/task: it never runs while a required attribute is missing or
 * invalid, aborts its request when the element leaves the page (Task 1.0.3 does not), keeps the
 * last good value on screen, marked stale, when a refresh fails, and fires tsgs-load / tsgs-error.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import { type ApiError, clientFor, type DisclosureClient, type Resource } from '../client/index.ts';
import type { Failure, TsgsElement } from './base-element.ts';
import { TsgsErrorEvent, TsgsLoadEvent } from './events.ts';

/** What an element's attributes ask for: a request to make, or the reason none can be made. */
export type Request<A> = { ok: true; key: string; args: A } | { ok: false; problem: Failure };

export interface DataOptions<A, T> {
  /** Reads the element's attributes into a request (or a problem, e.g. an invalid USCC). */
  request: () => Request<A>;
  /** Makes the request through the page's shared client for the element's API. */
  load: (args: A, client: DisclosureClient, signal: AbortSignal) => Promise<Resource<T>>;
  /** Data the host gave directly (the element's `.data` property): shown without a request. */
  preset: () => T | undefined;
  /** True when the payload has nothing to show (the empty state). */
  isEmpty?: (data: T) => boolean;
  /** True while there is nothing to ask yet (a search box before its query is long enough): no request, no event, state `idle`. */
  idle?: () => boolean;
}

/** A failure from the input, not from the network: no retry can mend it. */
class InputProblem extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

function toFailure(error: unknown): Failure {
  if (error instanceof InputProblem) return error.failure;
  const e = error as Partial<ApiError>;
  return { kind: e.kind ?? 'network', status: e.status, field: e.field };
}

export class DataController<A, T> implements ReactiveController {
  readonly task: Task<[string, T | undefined], Resource<T>>;
  #lastGood?: { key: string; resource: Resource<T> };
  #controller?: AbortController;
  #interrupted = false;
  #revalidate = false;
  #preset?: { data: T; resource: Resource<T> };

  constructor(
    private readonly host: TsgsElement,
    private readonly options: DataOptions<A, T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => {
        const request = options.request();
        if (options.idle?.()) return ['idle', undefined] as [string, T | undefined];
        return [request.ok ? request.key : `!${request.problem.kind}:${request.problem.field ?? ''}`, options.preset()] as [
          string,
          T | undefined,
        ];
      },
      task: ([key, preset], { signal }) => this.#run(key, preset, signal),
      onComplete: (resource) => this.#announce(resource),
      onError: (error) => this.#fail(error),
    });
  }

  async #run(key: string, preset: T | undefined, signal: AbortSignal): Promise<Resource<T>> {
    if (preset !== undefined) return this.resource as Resource<T>;
    if (this.options.idle?.()) {
      this.#controller?.abort();
      return undefined as unknown as Resource<T>;
    }
    const request = this.options.request();
    if (!request.ok) throw new InputProblem(request.problem);
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    const client = clientFor(this.host.config.api);
    // A refresh asks the server even when memory holds a copy young enough to serve.
    if (this.#revalidate) client.expire();
    this.#revalidate = false;
    try {
      const resource = await this.options.load(request.args, client, controller.signal);
      if (!resource.stale) this.#lastGood = { key, resource };
      return resource;
    } catch (error) {
      const failure = toFailure(error);
      // A refresh that fails keeps the last good answer for the same request on screen, marked stale.
      const recoverable = failure.kind !== 'not-found' && failure.kind !== 'invalid-payload' && failure.kind !== 'aborted';
      if (recoverable && this.#lastGood?.key === key) {
        return { ...this.#lastGood.resource, stale: true, staleReason: error as ApiError };
      }
      throw error;
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  #announce(resource: Resource<T> | undefined): void {
    if (!resource) return;
    this.host.dispatchEvent(new TsgsLoadEvent({ data: resource.data, stale: resource.stale, fetchedAt: resource.fetchedAt }));
  }

  #fail(error: unknown): void {
    const failure = toFailure(error);
    if (failure.kind === 'aborted') return;
    this.host.dispatchEvent(new TsgsErrorEvent({ ...failure, message: this.host.failureMessage(failure) }));
  }

  /**
   * What to show: data the host gave directly, from the very first render (the task would only
   * hand it over a microtask later, costing a loading view and a second layout), else the task's answer.
   */
  get resource(): Resource<T> | undefined {
    if (this.options.idle?.()) return undefined;
    const preset = this.options.preset();
    if (preset === undefined) return this.task.value;
    if (this.#preset?.data !== preset) this.#preset = { data: preset, resource: { data: preset, fetchedAt: Date.now(), stale: false } };
    return this.#preset.resource;
  }

  /** True while a request is on its way (the value on hand, if any, answers the previous one). */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The failure behind the current error, or undefined (never while the host's own data is shown). */
  get failure(): Failure | undefined {
    if (this.options.preset() !== undefined) return undefined;
    return this.task.status === TaskStatus.ERROR ? toFailure(this.task.error) : undefined;
  }

  /** True when the current error comes from the element's attributes: retrying cannot help. */
  get inputProblem(): boolean {
    return this.task.error instanceof InputProblem;
  }

  /** Runs the request again (the retry button). */
  retry = (): void => {
    void this.task.run();
  };

  /** Asks the server again for what is on screen, keeping it there (marked stale) if the server cannot be reached. */
  refresh(): void {
    this.#revalidate = true;
    void this.task.run();
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.#controller) {
      this.#interrupted = true;
      this.#controller.abort();
    }
  }

  hostUpdated(): void {
    const status = this.task.status;
    const value = this.resource;
    if (this.options.idle?.()) this.host.setDataState('idle');
    else if (this.options.preset() !== undefined && value) this.host.setDataState(this.options.isEmpty?.(value.data) ? 'empty' : 'ready');
    else if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) this.host.setDataState('loading');
    else if (status === TaskStatus.ERROR) this.host.setDataState('error');
    else if (value) this.host.setDataState(this.options.isEmpty?.(value.data) ? 'empty' : 'ready', value.stale);
  }
}
