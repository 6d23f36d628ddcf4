/** @module The progress of a demo build running inside the server process, shown on the pages and in `/health` until the figures are ready. */

/** `compute` = the start page's core indicators; `complete` = the rest of the catalogue (core figures already shown). */
export const BUILD_STEPS = ['generate', 'ingest', 'compute', 'complete', 'ready', 'failed'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export interface BuildState {
  readonly step: BuildStep;
  readonly startedAt: number;
  readonly detail: string;
}

/** Mutable holder the builder updates and the pages read. */
export class BuildStatus {
  #state: BuildState;

  constructor(now: () => number = Date.now) {
    this.now = now;
    this.#state = { step: 'generate', startedAt: now(), detail: '' };
  }

  private readonly now: () => number;

  get state(): BuildState {
    return this.#state;
  }

  /** True while figures are still being built. */
  get building(): boolean {
    return this.#state.step !== 'ready' && this.#state.step !== 'failed';
  }

  to(step: BuildStep, detail = ''): void {
    this.#state = { ...this.#state, step, detail };
  }

  elapsedSeconds(): number {
    return Math.round((this.now() - this.#state.startedAt) / 1000);
  }
}
