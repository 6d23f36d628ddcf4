/** @module Giving the event loop back during long work, so a server in the same process keeps answering. */

/** Resolves after the event loop has handled what waits (requests, timers): `await` it between slices of work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
