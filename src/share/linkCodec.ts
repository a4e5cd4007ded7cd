/**
 * The shareable link: the whole study in one parameter, `s=<version>.<settings>.<points>`, in the
 * query for a short link and in the fragment after the route for a long one (linkAddress.ts).
 *
 * - version: `1`. A link of another version is refused with a notice (and the defaults), never
 *   guessed at.
 * - settings: base64url of UTF-8 JSON: `{settings, phases, shown, view, hidden}` (see studyState.ts),
 *   `phases` one letter per observation (i = init, b = bo, m = manual).
 * - points: base64url of little-endian float64s, per observation its coordinates in search units
 *   then its value (NaN for a failed evaluation): exact, and about half the length of decimals.
 *
 * Decoding validates field by field (validate.ts); any damage ends in a notice and defaults.
 */
import type { Phase } from '../bo/types.ts';
import {
  base64urlToFloats,
  base64urlToText,
  floatsToBase64url,
  textToBase64url,
} from './base64url.ts';
import { issue, type Issue } from '../i18n/issues.ts';
import { readLinkParam, withLinkParam } from './linkAddress.ts';
import type { SharedStudy } from './studyState.ts';
import { MAX_OBSERVATIONS, parseStudy, type ParsedStudy } from './validate.ts';

/** The query parameter that holds a study. */
export const LINK_PARAM = 's';
export const LINK_VERSION = 1;
/** Longest parameter accepted (about 1,000 evaluations in 10-D); beyond it, use a session file. */
export const MAX_LINK_LENGTH = 200_000;
/** From this length on, the share panel says that chat tools and e-mail may cut the link. */
export const LONG_LINK = 8000;

const PHASE_LETTER: Record<Phase, string> = { init: 'i', bo: 'b', manual: 'm' };
const LETTER_PHASE: Readonly<Record<string, Phase>> = { i: 'init', b: 'bo', m: 'manual' };

/** The parameter's value for a study. */
export function encodeStudy(study: SharedStudy): string {
  const floats: number[] = [];
  for (const o of study.observations) floats.push(...o.x, o.y === null ? NaN : o.y);
  const head = {
    settings: study.settings,
    phases: study.observations.map((o) => PHASE_LETTER[o.phase]).join(''),
    shown: study.shown,
    view: study.view,
    hidden: study.hidden,
  };
  return `${LINK_VERSION}.${textToBase64url(JSON.stringify(head))}.${floatsToBase64url(floats)}`;
}

/** The defaults, with the issues that explain why they are used. */
function defaults(issues: Issue[]): ParsedStudy {
  const parsed = parseStudy({});
  return { ...parsed, issues };
}

/**
 * A study from a parameter value. Never throws: damaged or foreign values give the defaults and
 * an issue; damaged fields inside a readable value give their default and an issue each.
 */
export function decodeStudy(param: string): ParsedStudy {
  if (param.length > MAX_LINK_LENGTH) return defaults([issue('garbled')]);
  const parts = param.split('.');
  const version = parts[0] ?? '';
  if (version !== String(LINK_VERSION)) {
    return defaults([
      /^\d{1,6}$/.test(version) && parts.length === 3
        ? issue('version', { version, supported: LINK_VERSION })
        : issue('garbled'),
    ]);
  }
  if (parts.length !== 3) return defaults([issue('garbled')]);
  const text = base64urlToText(parts[1] ?? '');
  const floats = base64urlToFloats(parts[2] ?? '');
  if (text === null || floats === null) return defaults([issue('garbled')]);
  let head: unknown;
  try {
    head = JSON.parse(text);
  } catch {
    return defaults([issue('garbled')]);
  }
  if (typeof head !== 'object' || head === null || Array.isArray(head)) {
    return defaults([issue('garbled')]);
  }
  const h = head as Record<string, unknown>;
  const phases = typeof h.phases === 'string' ? h.phases.slice(0, MAX_OBSERVATIONS + 1) : '';
  // The row width follows from the counts; a mismatch means the two parts do not belong together.
  const n = phases.length;
  const width = n === 0 ? 0 : floats.length / n;
  if ((n === 0 && floats.length > 0) || (n > 0 && (!Number.isInteger(width) || width < 2))) {
    return defaults([issue('garbled')]);
  }
  const observations = [];
  for (let i = 0; i < n; i++) {
    const row = floats.slice(i * width, (i + 1) * width);
    const y = row[width - 1] as number;
    observations.push({
      x: row.slice(0, width - 1),
      y: Number.isNaN(y) ? null : y,
      phase: LETTER_PHASE[phases[i] as string] ?? '?',
    });
  }
  return parseStudy({ ...h, observations });
}

/** The study named by a URL's query string (`location.search`), or null when it has none. */
export function studyFromSearch(search: string): ParsedStudy | null {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get(LINK_PARAM);
  } catch {
    return null;
  }
  return value === null ? null : decodeStudy(value.trim());
}

/** The study named by an address (query or fragment), or null when it has none. */
export function studyFromLocation(search: string, hash: string): ParsedStudy | null {
  const value = readLinkParam(LINK_PARAM, search, hash);
  return value === null ? null : decodeStudy(value.trim());
}

/**
 * A link to the study: the page's own address with `s` set, every other parameter (embed,
 * present...) and the route kept as they are.
 */
export function linkFor(study: SharedStudy, href: string): string {
  return withLinkParam(href, LINK_PARAM, encodeStudy(study));
}
