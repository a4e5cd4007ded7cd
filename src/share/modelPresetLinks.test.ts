/**
 * Which GP preset a link or session carries (issue 14): new ones say it; those made before the
 * presets existed carry none and open with bayes_opt's model, exactly as they were made.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OBJECTIVE_ID } from '../objectives/registry.ts';
import { DEFAULT_SETTINGS } from '../store/settings.ts';
import { decodeStudy, encodeStudy } from './linkCodec.ts';
import { SESSION_FORMAT, SESSION_VERSION, sessionFromText } from './session.ts';
import { DEFAULT_VIEW, parseStudy, studyToJson } from './validate.ts';
import type { SharedStudy } from './studyState.ts';

const seedStudy = (model: 'default' | 'bayes_opt'): SharedStudy => ({
  settings: { ...DEFAULT_SETTINGS, model },
  observations: [],
  shown: 0,
  view: DEFAULT_VIEW,
  hidden: [],
});

/** A document as the app wrote it before the presets: the same fields, no `model`. */
function beforePresets(): Record<string, unknown> {
  const doc = studyToJson(seedStudy('default')) as { settings: Record<string, unknown> };
  const { model: _model, ...settings } = doc.settings;
  return { ...doc, settings };
}

describe('the model preset in links and sessions', () => {
  it('the app starts with the modern default', () => {
    expect(DEFAULT_SETTINGS.model).toBe('default');
    expect(DEFAULT_SETTINGS.objective).toEqual({ kind: 'registry', id: DEFAULT_OBJECTIVE_ID });
  });

  it.each(['default', 'bayes_opt'] as const)('a link made with %s opens with it', (model) => {
    const p = decodeStudy(encodeStudy(seedStudy(model)));
    expect(p.issues).toEqual([]);
    expect(p.study.settings.model).toBe(model);
  });

  it('a study saved before the presets existed opens with bayes_opt, without a notice', () => {
    const p = parseStudy(beforePresets());
    expect(p.issues).toEqual([]);
    expect(p.study.settings.model).toBe('bayes_opt');
    const text = JSON.stringify({
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      savedAt: '2026-01-01T00:00:00.000Z',
      study: beforePresets(),
    });
    const doc = sessionFromText(text);
    expect('parsed' in doc && doc.parsed.study.settings.model).toBe('bayes_opt');
  });

  it('an unknown preset falls back to the default with a notice naming the field', () => {
    const doc = beforePresets() as { settings: Record<string, unknown> };
    const p = parseStudy({ ...doc, settings: { ...doc.settings, model: 'gpytorch' } });
    expect(p.study.settings.model).toBe('default');
    expect(p.issues).toEqual([
      {
        code: 'fieldInvalid',
        params: { field: 'settings.model', fallback: 'default', expected: 'default | bayes_opt' },
      },
    ]);
  });
});
