/** @module Where an indicator's figures come from: the standard catalogue (computed), the municipality's own computed definition (local) or figures read in (imported). */
import type { IndicatorDefinition } from '../domain/indicator-definition.ts';
import { findIndicator } from './standard-catalogue.ts';

export const INDICATOR_ORIGINS = ['computed', 'local', 'imported'] as const;
export type IndicatorOrigin = (typeof INDICATOR_ORIGINS)[number];

/** The origin of a definition; undefined (figures in the cube without a definition) is imported. */
export function indicatorOrigin(definition: IndicatorDefinition | undefined): IndicatorOrigin {
  if (!definition || definition.measure.kind === 'imported') return 'imported';
  return findIndicator(definition.id) ? 'computed' : 'local';
}
