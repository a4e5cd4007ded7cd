import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import * as H from '../store/history.ts';
import { importFiles, type PendingImport } from './import/importFiles.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { fillTemplate } from '../plots/format.ts';
import { MAX_QUOTED } from '../i18n/issues.ts';
import { loadSessionText, importCsvText } from './shareActions.ts';
import { type Notice } from '../store/shareSlice.ts';
import { issueText, quotedParams } from './shareText.ts';
import { resetStore, useStore } from '../store/store.ts';

beforeEach(() => {
  resetStore();
});

/** A notice as the reader sees it, in each language: its title, then its list. */
function noticeLines(n: Notice | undefined): string[] {
  if (!n) return [];
  return (['en', 'ko'] as const).flatMap((locale) => {
    const t = MESSAGES[locale];
    return [
      fillTemplate(t[n.title], quotedParams(n.params ?? {})),
      ...n.issues.map((i) => issueText(t, i)),
    ];
  });
}

const lastNotice = () => useStore.getState().notices.at(-1);

describe('notices that quote what the user gave', () => {
  it('a 3 MB header line is quoted in at most 80 characters', () => {
    const header = Array.from({ length: 300_000 }, (_, i) => `col${i}`).join(',');
    importCsvText(`${header}\n1,2\n`, 'wide.csv', 'add');
    const lines = noticeLines(lastNotice());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.length).toBeLessThan(400);
    expect(lines.join('\n')).toContain('col0, col1, col2');
    expect(lines.join('\n')).toContain('…');
  });

  it('a long cell and a long file name are cut too', () => {
    const cell = '9'.repeat(5000);
    importCsvText(`x,value\n${cell},1\n0.5,${'z'.repeat(5000)}\n`, `${'n'.repeat(500)}.csv`, 'add');
    for (const line of noticeLines(lastNotice())) expect(line.length).toBeLessThan(MAX_QUOTED * 4);
  });

  it('a CSV with a header but no rows says so instead of ending at a colon', () => {
    importCsvText('x,value\n\n', 'empty.csv', 'add');
    const lines = noticeLines(lastNotice());
    expect(lines).toContain(
      'The file has a header row but no rows of trials below it: add one row per trial.',
    );
    // Every title that ends at a colon has a list after it.
    expect(lastNotice()?.issues.length).toBeGreaterThan(0);
  });

  it('a session file over the size limit is called too large, not damaged', () => {
    loadSessionText(' '.repeat(6_000_001), 'big.json');
    const text = noticeLines(lastNotice()).join('\n');
    expect(text).toContain('It is 6.0 MB, more than the 5.0 MB this app reads.');
    expect(text).not.toMatch(/damaged/);
  });
});

describe('imports from other tools, through the store', () => {
  const fixture = (name: string) =>
    readFileSync(
      resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/import', name),
      'utf8',
    );

  it("Optuna's CSV replaces the study: 6 trials, 1 failed point, the PRUNED row listed; Step suggests", () => {
    useStore.getState().setObjective('synthetic-lr-wd');
    importFiles([{ name: 'optuna-study.csv', text: fixture('optuna-study.csv') }], 'replace');
    const obs = H.current(useStore.getState().history).observations;
    expect(obs).toHaveLength(7);
    expect(obs.filter((o) => o.y === null)).toHaveLength(1);
    const text = noticeLines(lastNotice()).join('\n');
    expect(text).toContain('Imported 7 of 8 rows from optuna-study.csv');
    expect(text).toContain('Row 5: the trial was stopped early (PRUNED)');
    expect(text).toContain('5행: 시행이 중간에 멈춰서(PRUNED)');
    useStore.getState().step();
    const next = H.current(useStore.getState().history).observations;
    expect(next).toHaveLength(8);
    expect(next[7]?.phase).toBe('bo');
  });

  it('a loss column says smaller is better, and warns when the study maximizes', () => {
    importCsvText('x,val_loss\n0.5,1.2\n1,0.8\n', 'loss.csv', 'add');
    const n = lastNotice();
    expect(n?.tone).toBe('warning');
    expect(n?.title).toBe('shareNoticeImportDone');
    expect(n?.issues.map((i) => i.code)).toEqual(['importValueMinimize', 'importGoalDiffers']);
  });

  it('ambiguous columns wait for the mapping step and change nothing until then', () => {
    const before = useStore.getState().history;
    let asked: PendingImport | null = null;
    importFiles([{ name: 'm.csv', text: 'rate,value\n1,2\n' }], 'add', (p) => (asked = p));
    expect(asked).not.toBeNull();
    expect(useStore.getState().history).toBe(before);
    expect(lastNotice()).toBeUndefined();
  });
});
