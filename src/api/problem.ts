/**
 * RFC 9457 problem details: the one place where errors become HTTP answers. Domain rejections keep
 * their message and name the fields; schema failures name the fields; a log that disagrees with the
 * events table is a 503 (writes refused until an operator verifies the store); anything unexpected
 * is a 500 whose details stay in the server log and never reach the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode, type FieldIssue } from '../domain/errors.ts';
import { LogIntegrityError } from '../store/log/integrity-error.ts';

export const PROBLEM_TYPE_BASE = 'https://purl-ledger.example/problems/';

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  validation: 400,
  forbidden: 403,
  not_found: 404,
  invalid_transition: 409,
  conflict: 409,
  idempotency_mismatch: 422,
  rate_limited: 429,
};

const TITLE: Record<ErrorCode, string> = {
  unauthenticated: 'Authentication required',
  validation: 'Invalid request',
  forbidden: 'Not allowed for your role or organization',
  not_found: 'Not found',
  invalid_transition: 'Not allowed in the current state',
  conflict: 'Conflicts with the record',
  idempotency_mismatch: 'Idempotency-Key reused for a different request',
  rate_limited: 'Too many requests',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: FieldIssue[];
  [extra: string]: unknown;
}

export function problemFromDomain(err: DomainError, instance?: string): Problem {
  return {
    type: PROBLEM_TYPE_BASE + err.code.replace(/_/g, '-'),
    title: TITLE[err.code],
    status: STATUS[err.code],
    detail: err.message,
    ...(instance ? { instance } : {}),
    code: err.code,
    ...(err.issues.length > 0 ? { errors: err.issues } : {}),
    ...err.detail,
  };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).header('content-type', 'application/problem+json; charset=utf-8').send(p);
}

function schemaIssues(err: FastifyError): FieldIssue[] {
  const where = err.validationContext ?? 'body';
  // Zod issues arrive in Ajv's shape: instancePath is "/contributors/0/orgId".
  return (err.validation ?? []).map((v) => {
    const path = v.instancePath.split('/').filter(Boolean).join('.');
    return { field: path ? `${where}.${path}` : where, message: v.message ?? 'is invalid' };
  });
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof DomainError) return sendProblem(reply, problemFromDomain(err, req.url));
  if (err.validation) {
    const issues = schemaIssues(err);
    return sendProblem(
      reply,
      problemFromDomain(new DomainError('validation', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues }), req.url),
    );
  }
  if (err instanceof LogIntegrityError) {
    req.log.error({ err: { message: err.message } }, 'log integrity failure: writes refused');
    return sendProblem(reply, {
      type: PROBLEM_TYPE_BASE + 'log-integrity',
      title: 'The ledger is refusing writes',
      status: 503,
      detail: err.message,
      instance: req.url,
      code: 'log_integrity',
    });
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors: malformed JSON, body too large, unsupported media type.
    return sendProblem(reply, {
      type: PROBLEM_TYPE_BASE + 'bad-request',
      title: 'Bad request',
      status,
      detail: err.message,
      instance: req.url,
      code: err.code ?? 'bad_request',
    });
  }
  req.log.error({ err }, 'unexpected error');
  return sendProblem(reply, {
    type: PROBLEM_TYPE_BASE + 'internal',
    title: 'Internal error',
    status: 500,
    detail: 'The server failed to complete the request; the error has been logged.',
    instance: req.url,
    code: 'internal',
  });
}

export function frameworkProblem(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  return sendProblem(reply, {
    type: PROBLEM_TYPE_BASE + 'bad-request',
    title: 'Bad request',
    status,
    detail: err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is too long' : 'the request URL is malformed',
    instance: req.url.slice(0, 200),
    code: err.code ?? 'bad_request',
  });
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, {
    type: PROBLEM_TYPE_BASE + 'not-found',
    title: 'Not found',
    status: 404,
    detail: `no route ${req.method} ${req.url.split('?')[0]}`,
    instance: req.url,
    code: 'not_found',
  });
}
