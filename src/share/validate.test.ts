import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { DEFAULT_OBJECTIVE_ID } from '../objectives/registry.ts';
import type { Dim } from '../objectives/types.ts';
import { DEFAULT_SETTINGS } from '../store/settings.ts';
import { decodeStudy, encodeStudy } from './linkCodec.ts';
import { SESSION_FORMAT, SESSION_VERSION, sessionFromText } from './session.ts';
import { issueText } from './shareText.ts';
import type { SharedObservation, SharedStudy } from './studyState.ts';
import { DEFAULT_VIEW, parseStudy } from './validate.ts';

const dim = (name: string, min: number, max: number, scale: Dim['scale'] = 'linear'): Dim => ({
  name,
  min,
  max,
  scale,
});

/** A formula study over `dims` with a few observations inside [0, 1]^d (or at min). */
function study(dims: readonly Dim[], observations?: SharedObservation[]): SharedStudy {
  const obs =
    observations ??
    [0, 1].map((k) => ({ x: dims.map((d) => d.min), y: k, phase: 'init' as const }));
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      objective: {
        kind: 'formula',
        source: dims.map((d) => d.name).join(' + '),
        dims,
        goal: 'maximize',
      },
    },
    observations: obs,
    shown: obs.length,
    view: DEFAULT_VIEW,
    hidden: [],
  };
}

/** Through a real link: encoded, then decoded and validated. */
const viaLink = (s: SharedStudy) => decodeStudy(encodeStudy(s));

const text = (locale: 'en' | 'ko', i: Parameters<typeof issueText>[1]) =>
  issueText(MESSAGES[locale], i);

describe('links and files with boxes the app cannot use', () => {
  it.each([
    [
      [dim('x', -1.7e308, 1.7e308)],
      'boundsTooLarge',
      /The min of x, -1\.7e\+308, is too far from 0/,
    ],
    [
      [dim('x', 1, 1.0000000000000002)],
      'boundsTooNarrow',
      /\[1, 1\.0000000000000002\], is too narrow/,
    ],
    [[dim('x', 0, 1e-300)], 'boundsTooNarrow', /at least 1e-100 wide/],
    [[dim('lr', -3, -2.999, 'log10')], 'boundsLogTooNarrow', /\[0\.001, 0\.00100231\]/],
  ])('falls back to the seed example with a notice: %j', (dims, code, english) => {
    const parsed = viaLink(study(dims));
    expect(parsed.objective.id).toBe(DEFAULT_OBJECTIVE_ID);
    expect(parsed.fresh).toBe(true);
    expect(parsed.study.observations).toEqual([]);
    const found = parsed.issues.find((i) => i.code === code);
    expect(found, JSON.stringify(parsed.issues)).toBeDefined();
    if (!found) return;
    expect(text('en', found)).toMatch(english);
    expect(text('en', found)).toMatch(/the seed example is shown\.$/);
    expect(text('ko', found)).toMatch(/기본 예제를 보여 줍니다\.$/);
    // The dropped evaluations are counted too: nothing goes without a word.
    expect(parsed.issues.map((i) => i.code)).toContain('observationsDropped');
  });

  it('refuses an 11- to 20-D formula (the screen draws 1 to 10) and names the CLI', () => {
    for (const n of [11, 20]) {
      const dims = Array.from({ length: n }, (_, k) => dim(`x${k}`, 0, 1));
      const parsed = viaLink(study(dims));
      expect(parsed.objective.dims).toHaveLength(1);
      const found = parsed.issues.find((i) => i.code === 'dimsTooMany');
      expect(found?.params).toEqual({ count: n, appMax: 10, cliMax: 20 });
      if (found) expect(text('en', found)).toContain(`has ${n} dimensions`);
      if (found) expect(text('en', found)).toContain('npm run cli -- run');
    }
  });

  it('keeps 1-D and 2-D studies as they are', () => {
    const parsed = viaLink(study([dim('x', 0, 1e-12), dim('y', 2000, 2000.01)]));
    expect(parsed.issues).toEqual([]);
    expect(parsed.objective.dims.map((d) => d.name)).toEqual(['x', 'y']);
  });

  it('a session file goes through the same check', () => {
    const doc = {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      study: study([dim('x', 1, 1.0000000000000002)]),
    };
    const read = sessionFromText(JSON.stringify(doc));
    expect('parsed' in read && read.parsed.issues.map((i) => i.code)).toContain('boundsTooNarrow');
  });
});

describe('a study with more BO iterations than its budget', () => {
  const points = (n: number): SharedObservation[] =>
    Array.from({ length: n }, (_, k) => ({
      x: [-2 + (8 * k) / n],
      y: Math.sin(k),
      phase: k < 2 ? ('init' as const) : ('bo' as const),
    }));
  const seedStudy = (n: number): SharedStudy => ({
    ...study([dim('x', -2, 6)], points(n)),
    settings: DEFAULT_SETTINGS,
  });

  it('raises the budget to hold them, with a notice', () => {
    const parsed = parseStudy(seedStudy(40));
    expect(parsed.study.settings.iterations).toBe(38);
    const found = parsed.issues.find((i) => i.code === 'budgetRaised');
    expect(found?.params).toEqual({ count: 38, from: 14, to: 38 });
    if (found)
      expect(text('en', found)).toBe(
        'It holds 38 BO iterations, more than its budget of 14; the budget is now 38 iterations.',
      );
  });

  it('raises it no further than the largest budget, keeping every observation', () => {
    const parsed = parseStudy(seedStudy(1000));
    expect(parsed.study.settings.iterations).toBe(200);
    expect(parsed.study.observations).toHaveLength(1000);
  });

  it('leaves a study within its budget alone', () => {
    const parsed = parseStudy(seedStudy(10));
    expect(parsed.study.settings.iterations).toBe(14);
    expect(parsed.issues).toEqual([]);
  });
});
