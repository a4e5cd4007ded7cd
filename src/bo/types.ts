/**
 * The optimization loop's data: immutable configuration and observations. Points live in
 * "search units": the value itself for linear dims, the exponent for log10 dims, which is where the
 * GP is fitted and the acquisition maximized (DESIGN.md: log-scale dims are optimized in log10).
 */
import type { AcquisitionSpec } from '../math/acquisition.ts';
import type { KernelSpec } from '../math/types.ts';
import type { InitDesign, ModelPreset } from './settingsSchema.ts';

export type { InitDesign, ModelPreset };
export type StrategyId = 'bo' | 'random' | 'grid';
export type Phase = 'init' | 'bo' | 'manual';

/** A box in search units. */
export interface Bounds {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

export interface LoopConfig {
  /** Which GP preset fits and searches (settingsSchema.ts MODEL_PRESETS; bo/modelPreset.ts). */
  readonly model: ModelPreset;
  readonly bounds: Bounds;
  readonly goal: 'maximize' | 'minimize';
  readonly initPoints: number;
  readonly initDesign: InitDesign;
  readonly iterations: number;
  readonly acquisition: AcquisitionSpec;
  /** Starting kernel; its length scales are refitted every step when fitKernel is set. */
  readonly kernel: KernelSpec;
  readonly fitKernel: boolean;
  readonly alpha: number;
  readonly normalizeY: boolean;
  /** ML-II restarts (bayes_opt: 5). */
  readonly restarts: number;
  /** Random candidates for the acquisition search (bayes_opt: 10,000). */
  readonly candidates: number;
  /** Local optimizer starts from the best candidates (bayes_opt: 10). */
  readonly localStarts: number;
  readonly strategy: StrategyId;
  readonly seed: number;
}

/** One evaluation. y is null for a failed point: kept, shown, and modelled as the worst value. */
export interface Observation {
  readonly x: readonly number[];
  readonly y: number | null;
  readonly error?: string;
  readonly phase: Phase;
}

export interface LoopState {
  readonly config: LoopConfig;
  readonly observations: readonly Observation[];
}

/** Why a point was proposed; the UI narrates and plots from this. */
export interface Proposal {
  readonly x: readonly number[];
  readonly phase: Phase;
  /** Acquisition value at x (bo phase only). */
  readonly acquisitionValue?: number;
  /**
   * Set when the acquisition's argmax was not used: 'next-best' or 'random' when it was a
   * duplicate, 'uncorrelated' when the fitted GP saw no correlation between points (loop.ts).
   */
  readonly fallback?: 'next-best' | 'random' | 'uncorrelated';
}
