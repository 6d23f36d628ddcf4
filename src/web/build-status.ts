/** @module The progress of a demo build running inside the server process, shown on the pages and in `/health` until the figures are ready. */

/**
 * `compute-core` = the start page's indicators; `compute-rest` = the rest of the catalogue (the start page's figures
 * are already shown). Every step before `ready` is part of building, so no step name suggests the build is done.
 */
export const BUILD_STEPS = ['generate', 'ingest', 'compute-core', 'compute-rest', 'ready', 'failed'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/** What `/health` says of the process as a whole: `building` for every step before `ready`. */
export type BuildHealth = 'building' | 'ok' | 'failed';

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

  /** The one place that maps a step to the status `/health` reports, so the two always agree. */
  get health(): BuildHealth {
    if (this.#state.step === 'failed') return 'failed';
    return this.building ? 'building' : 'ok';
  }

  to(step: BuildStep, detail = ''): void {
    this.#state = { ...this.#state, step, detail };
  }

  elapsedSeconds(): number {
    return Math.round((this.now() - this.#state.startedAt) / 1000);
  }
}
