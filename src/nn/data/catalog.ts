/**
 * The datasets a study can train on: three small real ones (UCI, as shipped with scikit-learn,
 * served from the app's own origin under datasets/) and the seeded synthetic 2D sets.
 */
import { parseHeaderedCsv, parsePlainCsv } from './csv.ts';
import { makeSynthetic, SYNTHETIC_IDS, type SyntheticId } from './synthetic.ts';
import type { Dataset } from './types.ts';

export type RealId = 'digits' | 'breast-cancer' | 'wine';
export type DatasetId = RealId | SyntheticId;

export const REAL_IDS: readonly RealId[] = ['digits', 'breast-cancer', 'wine'];
export const DATASET_IDS: readonly DatasetId[] = [...REAL_IDS, ...SYNTHETIC_IDS];

export function isSynthetic(id: DatasetId): id is SyntheticId {
  return (SYNTHETIC_IDS as readonly string[]).includes(id);
}

export function isDatasetId(v: unknown): v is DatasetId {
  return typeof v === 'string' && (DATASET_IDS as readonly string[]).includes(v);
}

interface RealSource {
  /** Path relative to the app's base URL (the build uses base './'). */
  readonly file: string;
  readonly gzip: boolean;
  readonly parse: (text: string) => Dataset;
}

const DIGIT_NAMES = Array.from({ length: 10 }, (_, k) => String(k));

const REAL: Record<RealId, RealSource> = {
  digits: {
    file: 'datasets/digits.csv.gz',
    gzip: true,
    parse: (t) => parsePlainCsv(t, DIGIT_NAMES),
  },
  'breast-cancer': { file: 'datasets/breast_cancer.csv', gzip: false, parse: parseHeaderedCsv },
  wine: { file: 'datasets/wine_data.csv', gzip: false, parse: parseHeaderedCsv },
};

/** Gunzips with the platform's DecompressionStream (browsers and Node >= 18). */
export async function gunzipText(bytes: ArrayBuffer): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Turns a fetched file into a dataset; exported so tests can feed the files from disk. */
export async function decodeReal(id: RealId, bytes: ArrayBuffer): Promise<Dataset> {
  const src = REAL[id];
  // A server may already have decoded a .gz (Content-Encoding: gzip): look for gzip's magic bytes.
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const gzipped = src.gzip && head[0] === 0x1f && head[1] === 0x8b;
  const text = gzipped ? await gunzipText(bytes) : new TextDecoder().decode(bytes);
  return src.parse(text);
}

export function realFile(id: RealId): string {
  return REAL[id].file;
}

const cache = new Map<RealId, Promise<Dataset>>();

/** Fetches and parses a real dataset once per page (relative URL: same origin, any sub-path). */
export function loadReal(id: RealId, base: string = document.baseURI): Promise<Dataset> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(new URL(REAL[id].file, base))
      .then((r) => {
        if (!r.ok) throw new Error(`${REAL[id].file}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((b) => decodeReal(id, b));
    // A failed fetch (offline, moved file) may succeed on a later try.
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

/** Synthetic sets: 400 points, enough for a clear boundary and quick epochs. */
export const SYNTHETIC_POINTS = 400;

/** The dataset for a study (fetched for real ones, generated from the seed for synthetic ones). */
export async function loadDataset(id: DatasetId, noise: number, seed: number): Promise<Dataset> {
  if (isSynthetic(id)) return makeSynthetic(id, { n: SYNTHETIC_POINTS, noise, seed });
  return loadReal(id);
}
