/** RFC 9457 problem details: the one shape every error of the API takes. */

export const PROBLEM_BASE = 'https://tsgs.example/problems/';

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
  /** The period asked for was withdrawn by its publisher (404 only): which, and the reason the public is given. */
  withdrawal?: { period: string; reason: string };
}

/** An error a request handler throws to answer with a problem document. */
export class ApiProblem extends Error {
  constructor(readonly body: ProblemBody) {
    super(body.detail);
    this.name = 'ApiProblem';
  }
}

export function invalidParams(params: InvalidParam[]): ApiProblem {
  return new ApiProblem({
    type: `${PROBLEM_BASE}invalid-parameter`,
    title: 'Invalid parameter',
    status: 400,
    detail: params.map((p) => `${p.name}: ${p.reason}`).join('; '),
    invalidParams: params,
  });
}

export function notFound(detail: string): ApiProblem {
  return new ApiProblem({ type: `${PROBLEM_BASE}not-found`, title: 'Not found', status: 404, detail });
}

/** 404 for a period its publisher withdrew, saying why, so that a page can tell its readers. */
export function periodWithdrawn(period: string, reason: string): ApiProblem {
  return new ApiProblem({
    type: `${PROBLEM_BASE}period-withdrawn`,
    title: 'Period withdrawn',
    status: 404,
    detail: `period ${period} was withdrawn by the publisher: ${reason}`,
    withdrawal: { period, reason },
  });
}

export function internalError(): ApiProblem {
  return new ApiProblem({
    type: `${PROBLEM_BASE}internal`,
    title: 'Internal server error',
    status: 500,
    detail: 'The server could not answer this request. It has been logged; try again later.',
  });
}

/**
 * 503 for a statement the database stopped (its `statement_timeout`, or an administrator). Clients
 * do not ask again at once: the same request would cost as much again.
 */
export function timedOut(): ApiProblem {
  return new ApiProblem({
    type: `${PROBLEM_BASE}timed-out`,
    title: 'Took too long',
    status: 503,
    detail:
      'The database stopped this request at its time limit. A search for more of a name, or within a region or an industry, asks less of it.',
  });
}

/** Seconds a client is asked to wait (`Retry-After`) while the database is out of reach: a restart or a failover takes a few. */
export const UNAVAILABLE_RETRY_S = 5;

/**
 * 503 while the database is out of reach (restarting, failing over, refusing connections): the same
 * request answers once it is back, so clients ask again after `Retry-After`.
 */
export function unavailable(): ApiProblem {
  return new ApiProblem({
    type: `${PROBLEM_BASE}unavailable`,
    title: 'Database unavailable',
    status: 503,
    detail: `The database cannot be reached just now. Ask again in ${UNAVAILABLE_RETRY_S} seconds.`,
  });
}

/** A problem document as an HTTP response body, for answers given outside the app (the Node server's own). */
export function problemJson(body: ProblemBody): string {
  return JSON.stringify(body);
}

export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** 404 for a path outside the API. */
export function outsideApi(path: string): ProblemBody {
  return {
    type: `${PROBLEM_BASE}not-found`,
    title: 'Not found',
    status: 404,
    detail: `no such endpoint: ${path}; the API lives under /v1/ (see /v1/meta and the OpenAPI contract)`,
  };
}
