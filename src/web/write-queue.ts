/** @module The server's one line of writing work: handed-over CLI commands and browser uploads run one after another, never interleaved (they share the data folder's one writing connection). */

export interface WriteQueue {
  /** Runs `task` after every task queued before it has settled; resolves or rejects with the task's own outcome. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // A failed task does not stop the ones after it.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
