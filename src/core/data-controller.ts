/**
 * An element's data from request to screen, over @lit/task: it builds the request from the
 * element's attributes (never running while one is missing or invalid), aborts it when the element
 * leaves the page (Task 1.0.3 does not), keeps the last good value on screen, marked stale, when a
 * refresh fails, fires tsgs-load / tsgs-error, and draws every state but the element's own `ready`.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ClientCore } from '../client/core.ts';
import { ApiError, isTimedOut } from '../client/errors.ts';
import { parsePayload } from '../client/payload.ts';
import { coreFor } from '../client/registry.ts';
import type { Resource } from '../client/resource.ts';
import type { PayloadSchema } from '../client/schemas/blocks.ts';
import { TsgsErrorEvent, TsgsLoadEvent } from './events.ts';
import { canRetry, type Failure, failureMessage, type Subject } from './failures.ts';
import type { Request } from './requests.ts';
import type { Translate } from './translation.ts';
import {
  draftLabel,
  emptyView,
  errorView,
  loadingView,
  type Provenance,
  provenanceLine,
  sampleLabel,
  unknownStaleReason,
} from './views.ts';

/** The states an element's data is in, shown to host CSS as custom states (`:state(loading)` …). */
export type DataState = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

/** What a data controller needs of its element. */
export interface DataHost extends ReactiveControllerHost, EventTarget {
  /** The API base in force. */
  readonly config: { api: string };
  /** The element's words, in its language. */
  readonly t: Translate;
  /** Shows the data's state to host CSS and scripts. */
  setDataState(state: DataState, stale: boolean): void;
}

/** What an element's attributes ask for: the request's arguments, or why none can be made. */
export type { Request } from './requests.ts';

export type DataOptions<A, T, P> = {
  /** Reads the element's attributes into a request (or a refusal from `invalid()`). */
  request: () => Request<A>;
  /** Makes the request through the page's shared client for the element's API. */
  load: (args: A, client: ClientCore, signal: AbortSignal) => Promise<Resource<T>>;
  /** True when the payload has nothing to show (the empty state). */
  isEmpty?: (data: T) => boolean;
  /** True while there is nothing to ask yet (a search box before its query is long enough): no request, no event, state `idle`. */
  idle?: () => boolean;
  /** The element's own words for a failure, where it knows better than the common ones. */
  describe?: (failure: Failure) => string | undefined;
} & PresetOptions<T, P>;

/**
 * Data the host gave directly (the element's `.data` property), shown without a request once
 * `schema` has validated it (a host's payload is checked as an answer is); `adopt` turns it into
 * what the element shows.
 */
type PresetOptions<T, P> = [P] extends [T]
  ? { preset?: () => P | undefined; schema?: PayloadSchema<P>; adopt?: (given: P) => T }
  : { preset: () => P | undefined; schema: PayloadSchema<P>; adopt: (given: P) => T };

/** How an element's data looks in each state; the controller draws everything but `ready`. */
export type Views<T> = {
  /** The element's own view of data that has something in it. */
  ready: (data: T, resource: Resource<T>) => unknown;
  /** What the element says when the answer holds nothing. Default: 该期暂无数据。 */
  empty?: string;
  /** What in the data is fictional, said beside the 示例数据 label. */
  sampleNote: string;
  /** The view's heading, between the sample label and the provenance line; it carries `id="title"`, which names the view. */
  heading?: (data: T) => unknown;
  /** What the element shows while there is nothing to ask yet (see `idle` in the options). Default: nothing. */
  idle?: () => unknown;
  /** The element around the view, carrying `part="base"`. Default: `<section part="base" class="view">`. */
  frame?: (content: unknown, data: T) => TemplateResult;
} & (T extends Provenance ? { about?: (data: T) => Provenance } : { about: (data: T) => Provenance });

/** A failure from the element's attributes, not from the network: no retry can mend it. */
class InputProblem extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

function toFailure(error: unknown): Failure {
  if (error instanceof InputProblem) return error.failure;
  const e = error as Partial<ApiError>;
  const withdrawal = e.problem?.withdrawal;
  return {
    kind: e.kind ?? 'network',
    status: e.status,
    field: e.field,
    ...(withdrawal ? { withdrawal } : {}),
    ...(isTimedOut(e) ? { timedOut: true } : {}),
  };
}

/** A busy server's wait, shown counting down with the retry button, then asked again by itself. */
class BusyWait {
  #until = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly tick: () => void,
    private readonly done: () => void,
  ) {}

  /** Seconds left, or undefined when not waiting. */
  get seconds(): number | undefined {
    return this.#timer === undefined ? undefined : Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  start(ms: number): void {
    this.stop();
    this.#until = Date.now() + ms;
    this.#timer = setInterval(() => {
      if (Date.now() < this.#until) return this.tick();
      this.stop();
      this.done();
    }, 1000);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

type Args<P> = [client: ClientCore, key: string, given: P | undefined];

export class DataController<A extends Subject, T, P = T> implements ReactiveController {
  readonly task: Task<Args<P>, Resource<T>>;
  #lastGood?: { client: ClientCore; key: string; resource: Resource<T> };
  #subject: Subject = {};
  #interrupted = false;
  #revalidate = false;
  #adopted?: { given: P; result: Resource<T> | ApiError };
  readonly #busy = new BusyWait(
    () => this.host.requestUpdate(),
    () => this.retry(),
  );

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<A, T, P>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => this.#args(),
      task: (args, { signal }) => this.#run(args, signal),
      onComplete: (resource) => this.#announce(resource),
      onError: (error) => this.#fail(error),
    });
  }

  /** The task runs again when the client, the request or the host's own data changes. */
  #args(): Args<P> {
    const client = coreFor(this.host.config.api);
    const given = this.options.preset?.();
    if (this.options.idle?.()) return [client, 'idle', given];
    const request = this.options.request();
    const key = request.ok ? JSON.stringify(request.args) : `!${JSON.stringify(request.problem)}`;
    return [client, key, given];
  }

  async #run([client, key, given]: Args<P>, signal: AbortSignal): Promise<Resource<T> | typeof initialState> {
    if (given !== undefined) {
      const adopted = this.#adopt(given);
      if (adopted instanceof ApiError) throw adopted;
      return adopted;
    }
    if (this.options.idle?.()) return initialState;
    const request = this.options.request();
    if (!request.ok) throw new InputProblem(request.problem);
    this.#subject = request.args;
    // A refresh asks the server even when memory holds a copy young enough to serve.
    if (this.#revalidate) client.expire();
    this.#revalidate = false;
    try {
      const resource = await this.options.load(request.args, client, signal);
      if (!resource.stale) this.#lastGood = { client, key, resource };
      return resource;
    } catch (error) {
      const failure = toFailure(error);
      // A refresh that fails keeps the last good answer for the same request on screen, marked stale.
      const recoverable = failure.kind !== 'not-found' && failure.kind !== 'invalid-payload' && failure.kind !== 'aborted';
      const last = this.#lastGood;
      if (recoverable && last?.client === client && last.key === key)
        return { ...last.resource, stale: true, staleReason: error as ApiError };
      throw error;
    }
  }

  /** The host's own data, validated, as a resource (or why it cannot be shown): the same object for as long as `.data` is the same object. */
  #adopt(given: P): Resource<T> | ApiError {
    if (this.#adopted?.given !== given) {
      let result: Resource<T> | ApiError;
      try {
        const valid = this.options.schema ? parsePayload(this.options.schema, given, '.data') : given;
        const data = this.options.adopt ? this.options.adopt(valid) : (valid as unknown as T);
        result = { data, fetchedAt: Date.now(), stale: false };
      } catch (error) {
        result = error instanceof ApiError ? error : new ApiError('invalid-payload', '.data', String(error));
      }
      this.#adopted = { given, result };
    }
    return this.#adopted.result;
  }

  #announce(resource: Resource<T>): void {
    this.host.dispatchEvent(new TsgsLoadEvent({ data: resource.data, stale: resource.stale, fetchedAt: resource.fetchedAt }));
  }

  #fail(error: unknown): void {
    const failure = toFailure(error);
    if (failure.kind === 'aborted') return;
    const wait = (error as Partial<ApiError>).retryAfter;
    if (wait !== undefined) this.#busy.start(wait);
    this.host.dispatchEvent(new TsgsErrorEvent({ ...failure, message: this.describe(failure) }));
  }

  /** A failure in the element's words, else the common ones. */
  describe(failure: Failure): string {
    return this.options.describe?.(failure) ?? failureMessage(this.host.t, failure, this.#subject);
  }

  /**
   * What to show: data the host gave directly, from the very first render (the task would only
   * hand it over a microtask later, costing a loading view and a second layout), else the task's answer.
   */
  get resource(): Resource<T> | undefined {
    if (this.options.idle?.()) return undefined;
    const given = this.options.preset?.();
    if (given === undefined) return this.task.value;
    const adopted = this.#adopt(given);
    return adopted instanceof ApiError ? undefined : adopted;
  }

  /** True while a request is on its way (the value on hand, if any, answers the previous one). */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The failure behind the current error, or undefined (never while the host's own data is shown). */
  get failure(): Failure | undefined {
    const given = this.options.preset?.();
    if (given !== undefined) {
      const adopted = this.#adopt(given);
      return adopted instanceof ApiError ? toFailure(adopted) : undefined;
    }
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const wait = this.#busy.seconds;
    return { ...toFailure(this.task.error), ...(wait === undefined ? {} : { wait }) };
  }

  /** Runs the request again (the retry button). */
  retry = (): void => {
    this.#busy.stop();
    void this.task.run();
  };

  /** Asks the server again for what is on screen, keeping it there (marked stale) if the server cannot be reached. */
  refresh(): void {
    this.#revalidate = true;
    void this.task.run();
  }

  /**
   * Every state of the element's data, drawn in one place: loading (space reserved), error (with a
   * retry where it can help), and for an answer the sample label, the heading, the provenance with
   * the stale notice, and then the element's own view or the empty message.
   */
  render(views: Views<T>): TemplateResult {
    if (this.options.idle?.()) return html`${views.idle?.()}`;
    const failure = this.failure;
    const t = this.host.t;
    if (failure) return errorView(t, this.describe(failure), canRetry(failure) ? this.retry : undefined);
    const resource = this.resource;
    if (!resource) return loadingView(t);
    const { data } = resource;
    const about = views.about ? views.about(data) : (data as unknown as Provenance);
    const why = resource.staleReason ? this.describe(toFailure(resource.staleReason)) : unknownStaleReason(t);
    const content = html`${draftLabel(t, about)} ${sampleLabel(t, about, views.sampleNote)} ${views.heading?.(data)} ${provenanceLine(t, about, resource, why)}
      ${this.options.isEmpty?.(data) ? emptyView(t, views.empty) : views.ready(data, resource)}`;
    if (views.frame) return views.frame(content, data);
    return html`<section part="base" class="view" lang=${t.lang} aria-labelledby=${views.heading ? 'title' : nothing}>${content}</section>`;
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.#busy.stop();
    if (this.task.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.task.abort();
    }
  }

  hostUpdated(): void {
    const status = this.task.status;
    const value = this.resource;
    const given = this.options.preset?.() !== undefined;
    const shown = (resource: Resource<T>) => (this.options.isEmpty?.(resource.data) ? 'empty' : 'ready');
    if (this.options.idle?.()) this.host.setDataState('idle', false);
    else if (given) this.host.setDataState(value ? shown(value) : 'error', false);
    else if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) this.host.setDataState('loading', false);
    else if (status === TaskStatus.ERROR) this.host.setDataState('error', false);
    else if (value) this.host.setDataState(shown(value), value.stale);
  }
}
