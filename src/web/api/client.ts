/**
 * The typed client: openapi-fetch over the generated schema (schema.d.ts, from /openapi.json), with
 * the signed-in token added to every request, or, for a password session (its cookie goes by
 * itself), the session's CSRF token added to every write. Errors come back as problem+json and are raised as
 * ApiProblem so a form can show each field's message beside the field.
 */
import createClient from 'openapi-fetch';
import { getCsrf, getToken } from './token.ts';
import type { paths } from './schema';

export const api = createClient<paths>({ baseUrl: typeof location === 'undefined' ? '' : location.origin });

api.use({
  onRequest({ request }) {
    const token = getToken();
    const csrf = getCsrf();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    else if (csrf && request.method !== 'GET' && request.method !== 'HEAD') request.headers.set('x-csrf-token', csrf);
    return request;
  },
});

export interface FieldIssue {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  title: string;
  detail: string;
  code: string;
  errors?: FieldIssue[];
  currentState?: string;
  /** A conflict about one field (e.g. an obligation that does not match its commitment) names it here. */
  field?: string;
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }

  /** The field issues, with the request part ("body.", "params.") taken off so they match form names. */
  get issues(): FieldIssue[] {
    const issues = this.problem.errors ?? (typeof this.problem.field === 'string' ? [{ field: this.problem.field, message: this.problem.detail }] : []);
    return issues.map((i) => ({ field: i.field.replace(/^(body|params|querystring)\.?/, ''), message: i.message }));
  }
}

function asProblem(error: unknown, status: number): Problem {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  return { status, title: 'Error', detail: typeof error === 'string' ? error : `HTTP ${status}`, code: 'unknown' };
}

/** The data of an openapi-fetch answer, or an ApiProblem. */
export function unwrap<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (r.error !== undefined || r.data === undefined) throw new ApiProblem(asProblem(r.error, r.response.status));
  return r.data;
}

/** A fresh key per submission, so a double click or a retry never records the same change twice. */
export const idempotencyKey = (): string => `web-${crypto.randomUUID()}`;

/** The headers of a write from a form: a fresh idempotency key each time. */
export const writeHeaders = (): { 'idempotency-key': string } => ({ 'idempotency-key': idempotencyKey() });
