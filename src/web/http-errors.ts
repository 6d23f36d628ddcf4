/**
 * @module HTTP errors by their kind: 400 (invalid JSON, bad parameters), 401/403, 404 (unknown address), 405 (known
 * address, other method), 413 (body over the route's limit), 415 (content type other than JSON) and 500 only for
 * real faults. Pages get a Dutch HTML error page in the site layout; machine routes (`/api/`, `/internal/`,
 * `/health`) get `{ "error": { "code", "message", "reference"? } }` with a Dutch message. A fault is logged with its
 * error class, method, route pattern and a reference id the answer shows — never a request body or query value.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { isHttpError } from '../errors.ts';
import { formatNumber, t, type MessageKey } from '../views/messages.ts';
import { ErrorPage } from './pages/error-page.tsx';
import { renderDocument } from './render-page.ts';

/** Body limit of every route that does not set its own: no page takes a body; small JSON requests fit easily. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** One error answer, before it is written as HTML or JSON. */
export interface ErrorAnswer {
  readonly status: number;
  /** Stable, English, for programs: `not_found`, `body_too_large`, … */
  readonly code: string;
  /** Dutch, for people. */
  readonly message: string;
  /** Set for faults (500): also in the log line. */
  readonly reference?: string;
  /** For 405: the methods the address does answer. */
  readonly allow?: readonly string[];
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  500: 'server_error',
};

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;

/** Routes whose callers are programs: they get JSON errors, every other address an HTML page. */
export const isMachineRoute = (path: string): boolean =>
  path.startsWith('/api/') || path.startsWith('/internal/') || path === '/health';

/** The path of a request URL, without the query (which may hold values that must not be echoed or logged). */
const pathOf = (url: string): string => {
  const path = url.split('?')[0] ?? '/';
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
};

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024))} MB` : `${formatNumber(bytes / 1024)} kB`;

/** The answer for an error a request caused (4xx), or undefined for a fault of the server. */
export function requestErrorAnswer(error: unknown, request: FastifyRequest): ErrorAnswer | undefined {
  if (isHttpError(error) && error.status < 500) {
    return {
      status: error.status,
      code: error.code ?? CODE_BY_STATUS[error.status] ?? 'bad_request',
      message: error.message,
    };
  }
  const fastify = error as Partial<FastifyError>;
  const answer = (status: number, code: string, message: string): ErrorAnswer => ({ status, code, message });
  switch (fastify.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return answer(400, 'invalid_json', t('errorInvalidJson'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return answer(400, 'invalid_json', t('errorEmptyJson'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return answer(413, 'body_too_large', t('errorBodyTooLarge', { limit: sizeText(bodyLimitOf(request)) }));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return answer(415, 'unsupported_media_type', t('errorMediaType', { type: mediaTypeOf(request) }));
    case 'FST_ERR_VALIDATION':
      return answer(400, 'bad_parameters', t('errorBadRequest', { reason: fastify.message ?? '' }));
    default:
  }
  // Other errors Fastify marks as the request's fault (bad content length, aborted body …): their status, our words.
  const status = fastify.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return answer(status, CODE_BY_STATUS[status] ?? 'bad_request', t('errorRequestOther', { status }));
  }
  return undefined;
}

function bodyLimitOf(request: FastifyRequest): number {
  return request.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT;
}

function mediaTypeOf(request: FastifyRequest): string {
  const type = request.headers['content-type'] ?? '';
  // Only the media type itself: no parameters, never longer than a line.
  return (type.split(';')[0] ?? '').trim().slice(0, 100) || '(geen)';
}

const TITLES: Partial<Record<number, MessageKey>> = { 404: 'errorNotFoundTitle', 500: 'errorServerTitle' };

/** Writes an error answer as JSON (machine routes) or as the HTML error page. */
function sendError(request: FastifyRequest, reply: FastifyReply, answer: ErrorAnswer): FastifyReply {
  reply.code(answer.status).header('cache-control', 'no-store');
  if (answer.allow) reply.header('allow', answer.allow.join(', '));
  if (isMachineRoute(pathOf(request.url))) {
    const { code, message, reference } = answer;
    return reply
      .type('application/json; charset=utf-8')
      .send({ error: { code, message, ...(reference ? { reference } : {}) } });
  }
  const title = t(TITLES[answer.status] ?? 'errorRequestTitle');
  return reply
    .type('text/html; charset=utf-8')
    .send(renderDocument(h(ErrorPage, { title, message: answer.message })));
}

/**
 * The methods `path` answers when the request's method is not one of them (for 405), in a fixed order; none when
 * the request's own route sent it here (a `/static/` name that does not exist is a 404).
 */
function otherMethods(app: FastifyInstance, path: string, method: string): string[] {
  if (app.findRoute({ method, url: path }) !== null) return [];
  return METHODS.filter((m) => app.findRoute({ method: m, url: path }) !== null);
}

/** The log line of a fault: class, method, route pattern, reference and the stack's code locations (no message: it may quote data). */
export function faultLogLine(error: unknown, request: FastifyRequest, reference: string): string {
  const name = error instanceof Error ? error.constructor.name || error.name : typeof error;
  const route = request.routeOptions.url ?? '(no route)';
  const frames =
    error instanceof Error && error.stack
      ? error.stack
          .split('\n')
          .filter((line) => line.trimStart().startsWith('at '))
          .slice(0, 8)
          .map((line) => `\n    ${line.trim()}`)
          .join('')
      : '';
  return `msd web: fault ${reference}: ${request.method} ${route}: ${name}${frames}`;
}

/** Sets the not-found and error handlers of `app`; faults are written to `log`. */
export function registerErrorHandling(app: FastifyInstance, log: (line: string) => void): void {
  app.setNotFoundHandler(async (request, reply) => {
    const path = pathOf(request.url);
    const allow = otherMethods(app, path, request.method);
    if (allow.length > 0) {
      return sendError(request, reply, {
        status: 405,
        code: 'method_not_allowed',
        message: t('errorMethod', { method: request.method, path, allow: allow.join(', ') }),
        allow,
      });
    }
    const message = isMachineRoute(path) ? t('errorNotFoundApi', { path }) : t('errorNotFound', { path });
    return sendError(request, reply, { status: 404, code: 'not_found', message });
  });
  app.setErrorHandler(async (error, request, reply) => {
    const answer = requestErrorAnswer(error, request);
    if (answer) return sendError(request, reply, answer);
    const reference = randomBytes(4).toString('hex').toUpperCase();
    log(faultLogLine(error, request, reference));
    return sendError(request, reply, {
      status: 500,
      code: 'server_error',
      message: t('errorServer', { reference }),
      reference,
    });
  });
}
