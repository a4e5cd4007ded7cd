/**
 * The page's layout, chosen by the query string and independent of the hash route (#/...) and of
 * the share links' ?s=: ?present=1 opens the presentation layout, ?embed=1&figure=<id> one figure
 * alone for an iframe. Pure: it reads a search string and returns a description.
 */

/** Every figure a page can show alone; the 1D ones and the 2D heatmaps. */
export const FIGURE_IDS = [
  'objective',
  'acquisition',
  'convergence',
  'mean',
  'std',
  'acq',
] as const;

export type FigureId = (typeof FIGURE_IDS)[number];

/**
 * Figures of the other sections an embed shows: the lab's (the ids of src/lab/figures.ts, which a
 * test keeps equal) and the network study. Each carries its own state in the address (`l`, `net`).
 */
export const SECTION_FIGURE_IDS = [
  'coverage',
  'trials',
  'log-scale',
  'coarse-to-fine',
  'race',
  'hyperband',
  'parallel',
  'network',
] as const;

export type SectionFigureId = (typeof SECTION_FIGURE_IDS)[number];

export type ViewMode =
  | { readonly kind: 'normal' }
  | { readonly kind: 'present' }
  | {
      readonly kind: 'embed';
      /** The figure asked for, null when none was named (the default figure is shown). */
      readonly figure: FigureId | null;
      /** The unknown figure name that was asked for, so the page can say so. */
      readonly unknownFigure?: string;
      /** A figure of another section (a lab figure, the network study) instead of the BO study's. */
      readonly section?: SectionFigureId;
    };

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on', '']);

function flag(params: URLSearchParams, name: string): boolean {
  const v = params.get(name);
  return v !== null && TRUE_VALUES.has(v.trim().toLowerCase());
}

export function isFigureId(value: unknown): value is FigureId {
  return typeof value === 'string' && (FIGURE_IDS as readonly string[]).includes(value);
}

/** The layout a query string asks for; embed wins over present (an iframe has no room for both). */
export function parseViewMode(search: string): ViewMode {
  const params = new URLSearchParams(search);
  if (flag(params, 'embed')) {
    const raw = params.get('figure');
    if (raw === null || raw.trim() === '') return { kind: 'embed', figure: null };
    const name = raw.trim().toLowerCase();
    if ((SECTION_FIGURE_IDS as readonly string[]).includes(name)) {
      return { kind: 'embed', figure: null, section: name as SectionFigureId };
    }
    return isFigureId(name)
      ? { kind: 'embed', figure: name }
      : { kind: 'embed', figure: null, unknownFigure: raw.slice(0, 40) };
  }
  if (flag(params, 'present')) return { kind: 'present' };
  return { kind: 'normal' };
}

/**
 * The figure an embed shows for the objective's dimension count: the name asked for where it
 * exists, its counterpart otherwise (a 1D "acquisition" is the 2D "acq"), else the main figure.
 */
export function resolveFigure(figure: FigureId | null, dims: number): FigureId {
  // Beyond two dims the screen shows the same three maps, over the chosen pair.
  if (dims >= 2) {
    if (figure === 'mean' || figure === 'std' || figure === 'acq' || figure === 'convergence')
      return figure;
    if (figure === 'acquisition') return 'acq';
    return 'mean';
  }
  if (figure === 'objective' || figure === 'acquisition' || figure === 'convergence') return figure;
  if (figure === 'acq') return 'acquisition';
  return 'objective';
}

/** The figures a screen with this many dimensions shows, in screen order. */
export function figuresFor(dims: number): readonly FigureId[] {
  return dims >= 2
    ? ['mean', 'std', 'acq', 'convergence']
    : ['objective', 'acquisition', 'convergence'];
}

/**
 * The same address with ?present set or removed, other parameters (?s=...) and the hash kept, so
 * that a reload stays in the mode the presenter chose.
 */
export function withPresentParam(href: string, on: boolean): string {
  const url = new URL(href);
  if (on) url.searchParams.set('present', '1');
  else url.searchParams.delete('present');
  return url.toString();
}

/** The address of an embed of one figure of this page: its parameters kept, its mode replaced. */
export function embedHref(href: string, figure: FigureId | SectionFigureId): string {
  const url = new URL(href);
  url.searchParams.delete('present');
  url.searchParams.set('embed', '1');
  url.searchParams.set('figure', figure);
  return url.toString();
}
