// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MessagesContext } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import type { TrialRecord } from '../study/runner.ts';
import { defaultNetSettings } from '../study/settings.ts';
import { config } from '../testing/fixtures.ts';
import { divergence } from '../train/trainer.ts';
import { hms, trialErrorText } from './format.ts';
import { NetTrialsTable } from './NetTrialsTable.tsx';
import { SearchLog } from './SearchLog.tsx';

afterEach(cleanup);

function record(index: number, value: number | null, x: number[], ms: number): TrialRecord {
  return {
    index,
    x,
    config: config({ lr: x[0] as number, wd: x[1] as number }),
    phase: index < 3 ? 'init' : 'bo',
    status: value === null ? 'diverged' : 'ok',
    value,
    epochs: [],
    ms,
    wallMs: (index + 1) * 1000 + ms,
    tensors: 7,
    boundary: null,
    ...(value === null ? { error: 'non-finite loss at epoch 1' } : {}),
  };
}

const trials = [
  record(0, 0.9, [-2, -4], 1500),
  record(1, null, [1, -3], 300),
  record(2, 0.95, [-1.5, -2], 22_400),
  record(3, 0.93, [-3, -5], 900),
];
const snap = { settings: defaultNetSettings(), trials };

function renderEn(ui: React.ReactNode) {
  return render(<MessagesContext value={MESSAGES.en}>{ui}</MessagesContext>);
}

describe('hms', () => {
  it('prints hours, minutes and seconds as Keras Tuner does', () => {
    expect(hms(22_400)).toBe('00:00:22');
    expect(hms(3_725_000)).toBe('01:02:05');
    expect(hms(-5)).toBe('00:00:00');
  });
});

describe('SearchLog', () => {
  it('prints each trial, the best so far and the total time, failures included', () => {
    renderEn(<SearchLog snap={snap} current={trials[3]} />);
    const log = screen.getByRole('log').textContent ?? '';
    expect(log).toContain(
      'Trial 1 complete [00:00:02]\nval_accuracy: 0.9\n\nBest val_accuracy So Far: 0.9',
    );
    expect(log).toContain('Trial 2 failed [00:00:00]: non-finite loss at epoch 1');
    expect(log).toContain(
      'Trial 3 complete [00:00:22]\nval_accuracy: 0.95\n\nBest val_accuracy So Far: 0.95',
    );
    expect(log).toContain(
      'Trial 4 complete [00:00:01]\nval_accuracy: 0.93\n\nBest val_accuracy So Far: 0.95',
    );
    expect(log).toContain('Total elapsed time: 00:00:05');
  });

  it('sets the hyperparameters on screen beside the best so far', () => {
    renderEn(<SearchLog snap={snap} current={trials[3]} />);
    const table = screen.getByRole('table', { name: /beside the best so far/ });
    const lr = within(table).getByRole('row', { name: /Learning rate/ });
    // Trial 4 trained 10^-3; the best (trial 3) 10^-1.5.
    expect(lr.textContent).toBe('0.0010.0316Learning rate');
  });
});

describe('NetTrialsTable', () => {
  it('lists every trial with its time, marks the best and the failed one', () => {
    renderEn(<NetTrialsTable snap={snap} />);
    const rows = within(screen.getByRole('table', { name: 'Trials' })).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[2]?.textContent).toMatch(/^210.*failed0\.9300 ms/);
    expect(rows[3]?.getAttribute('aria-current')).toBe('true');
    expect(rows[3]?.textContent).toContain('22.40 s');
    expect(rows[4]?.textContent).toContain('0.95');
  });
});

describe('trialErrorText', () => {
  it('words the trainer’s failure reasons in the UI’s language, numbers kept', () => {
    const exploded = 'loss exploded at epoch 3 (7.00 > 6.93)';
    expect(trialErrorText(exploded, MESSAGES.en)).toBe(exploded);
    expect(trialErrorText(exploded, MESSAGES.ko)).toBe('3번째 에포크에서 손실 폭주 (7.00 > 6.93)');
    expect(trialErrorText('non-finite loss at epoch 12', MESSAGES.ko)).toBe(
      '12번째 에포크에서 손실이 유한하지 않음',
    );
    // The trainer's own words, not a copy of them: rewording one without the other fails here.
    const m = { epoch: 4, trainLoss: 50, trainAcc: 0.1, valLoss: 9, valAcc: 0.1, ms: 1 };
    expect(trialErrorText(divergence(m, 1, 2) as string, MESSAGES.ko)).toBe(
      '4번째 에포크에서 손실 폭주 (50.0 > 6.93)',
    );
    expect(trialErrorText(divergence({ ...m, valLoss: NaN }, 1, 2) as string, MESSAGES.ko)).toBe(
      '4번째 에포크에서 손실이 유한하지 않음',
    );
    // A reason it does not know is shown as given rather than lost.
    expect(trialErrorText('the training worker failed', MESSAGES.ko)).toBe(
      'the training worker failed',
    );
  });

  it('shows the Korean reason in the Korean table', () => {
    render(
      <MessagesContext value={MESSAGES.ko}>
        <NetTrialsTable snap={snap} />
      </MessagesContext>,
    );
    expect(screen.getAllByText('1번째 에포크에서 손실이 유한하지 않음').length).toBeGreaterThan(0);
  });
});
