/** @module Renders a page component to a complete HTML document string. */
import type { VNode } from 'preact';

import { render } from 'preact-render-to-string';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component's props
export const renderDocument = (page: VNode<any>): string => `<!doctype html>\n${render(page)}`;
