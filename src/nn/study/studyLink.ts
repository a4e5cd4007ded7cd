/**
 * The network study's shareable link: `net=<version>.<head>.<points>` on the `#/network` route,
 * built the way the BO study's `s=` link is (src/share/linkCodec.ts), with its base64url helpers,
 * and placed like it (src/share/linkAddress.ts: the query for a short link, the fragment for a
 * long one, so that no server refuses it):
 *
 * - version: `1`; another version is refused with a notice, never guessed at.
 * - head: base64url of UTF-8 JSON `{settings, trials: [{phase, ms, wallMs, error?}]}`.
 * - points: base64url of little-endian float64s, per trial its point in search units then its
 *   value (NaN for a failed trial): exact, and about half the length of decimals.
 *
 * Learning curves stay out (a link must stay short enough to open everywhere). Decoding goes
 * through the same field-by-field reading as a saved document (persist.ts), so a link can hold
 * nothing a saved study could not; it never starts a training.
 */
import {
  base64urlToFloats,
  base64urlToText,
  floatsToBase64url,
  textToBase64url,
} from '../../share/base64url.ts';
import { issue } from '../../i18n/issues.ts';
import { readLinkParam, withLinkParam, withoutLinkParam } from '../../share/linkAddress.ts';
import { isRec } from './readSettings.ts';
import { parseDoc, trialToJson, type ParsedNetworkStudy } from './persist.ts';
import type { TrialRecord } from './runner.ts';
import { defaultNetSettings, type NetStudySettings } from './settings.ts';

export const NET_LINK_PARAM = 'net';
export const NET_LINK_VERSION = 1;
/** Longest value read (far beyond a real study's: 500 trials of 9 dimensions is ~60,000). */
export const MAX_NET_LINK_LENGTH = 200_000;

/** The parameter's value for a study's settings and recorded trials. */
export function encodeNetworkStudy(
  settings: NetStudySettings,
  trials: readonly TrialRecord[],
): string {
  const floats: number[] = [];
  const meta = trials.map((r) => {
    floats.push(...r.x, r.value ?? NaN);
    const { phase, ms, wallMs, error } = trialToJson(r, false);
    return { phase, ms, wallMs, ...(error !== undefined ? { error } : {}) };
  });
  const head = JSON.stringify({ settings, trials: meta });
  return `${NET_LINK_VERSION}.${textToBase64url(head)}.${floatsToBase64url(floats)}`;
}

function refused(code: 'garbled' | 'version', params = {}): ParsedNetworkStudy {
  return {
    settings: null,
    draft: defaultNetSettings(),
    trials: [],
    issues: [issue(code, params)],
    curvesLeftOut: false,
  };
}

/** A study from a parameter value. Never throws: damage gives the defaults and issues. */
export function decodeNetworkStudy(param: string): ParsedNetworkStudy {
  if (param.length > MAX_NET_LINK_LENGTH) return refused('garbled');
  const parts = param.split('.');
  const version = parts[0] ?? '';
  if (version !== String(NET_LINK_VERSION)) {
    return /^\d{1,6}$/.test(version) && parts.length === 3
      ? refused('version', { version, supported: NET_LINK_VERSION })
      : refused('garbled');
  }
  if (parts.length !== 3) return refused('garbled');
  const text = base64urlToText(parts[1] ?? '');
  const floats = base64urlToFloats(parts[2] ?? '');
  if (text === null || floats === null) return refused('garbled');
  let head: unknown;
  try {
    head = JSON.parse(text);
  } catch {
    return refused('garbled');
  }
  if (!isRec(head) || !isRec(head.settings)) return refused('garbled');
  const meta: unknown[] = Array.isArray(head.trials) ? head.trials.slice(0, 1000) : [];
  // The row width follows from the counts; a mismatch means the two parts do not belong together.
  const n = meta.length;
  const width = n === 0 ? 0 : floats.length / n;
  if ((n === 0 && floats.length > 0) || (n > 0 && (!Number.isInteger(width) || width < 2)))
    return refused('garbled');
  const trials = meta.map((m, i) => {
    const row = floats.slice(i * width, (i + 1) * width);
    const y = row[width - 1] as number;
    return {
      ...(isRec(m) ? m : {}),
      x: row.slice(0, width - 1),
      value: Number.isNaN(y) ? null : y,
    };
  });
  const parsed = parseDoc({ settings: head.settings, trials });
  return { ...parsed, curvesLeftOut: parsed.trials.length > 0 };
}

/** The study an address names (query or fragment, see linkAddress.ts), or null when none. */
export function networkStudyFromLocation(search: string, hash: string): ParsedNetworkStudy | null {
  const value = readLinkParam(NET_LINK_PARAM, search, hash);
  return value === null ? null : decodeNetworkStudy(value.trim());
}

/**
 * A link to the study: this page's address on the network section with `net` set, in the query
 * while the link is short and in the fragment when long (linkAddress.ts), other parameters kept.
 */
export function networkLinkFor(
  settings: NetStudySettings,
  trials: readonly TrialRecord[],
  href: string,
): string {
  return networkLinkAt(encodeNetworkStudy(settings, trials), href);
}

/** The same, for a value already encoded (the share panel writes it to the address bar too). */
export function networkLinkAt(value: string, href: string): string {
  const url = new URL(href);
  const rest = hashParams(url.hash);
  url.hash = rest ? `#/network?${rest}` : '#/network';
  return withLinkParam(url.toString(), NET_LINK_PARAM, value);
}

/** The address without the link's parameter (once the study on screen is no longer the link's). */
export function withoutNetworkLink(href: string): string {
  return withoutLinkParam(href, NET_LINK_PARAM);
}

/** The parameters after the route in a hash ('' when none). */
function hashParams(hash: string): string {
  const q = hash.indexOf('?');
  return q < 0 ? '' : hash.slice(q + 1);
}
