/**
 * A classification dataset as the trainer reads it: row-major float32 features and integer labels.
 * Features are float32 because that is what tfjs trains in; splitting and standardizing are done
 * here in float64 arithmetic and stored back as float32.
 */
export interface Dataset {
  /** n x d features, row-major. */
  readonly x: Float32Array;
  /** n labels in [0, classes). */
  readonly y: Int32Array;
  readonly n: number;
  readonly d: number;
  readonly classes: number;
  readonly classNames: readonly string[];
}

/** The fixed train/validation split a study trains on, standardized with the training statistics. */
export interface SplitData {
  readonly train: Dataset;
  readonly val: Dataset;
  /** Per-feature mean and standard deviation of the training split (what was subtracted/divided). */
  readonly mean: Float64Array;
  readonly std: Float64Array;
}
