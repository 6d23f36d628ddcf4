/** @module Renders a page component to a complete HTML document string, and sends one as an uncached HTML reply. */
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';

import { render } from 'preact-render-to-string';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component's props
export const renderDocument = (page: VNode<any>): string => `<!doctype html>\n${render(page)}`;

/** Sends a rendered page with its status, never cached (forms, CSRF tokens and per-user pages must not be kept). */
export const sendHtml = (reply: FastifyReply, status: number, page: Parameters<typeof renderDocument>[0]) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderDocument(page));
