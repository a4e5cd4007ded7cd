import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../share/validate.ts';
import { resolveObjective, type ObjectiveChoice } from '../store/settings.ts';
import { resetStore, useStore } from '../store/store.ts';
import { getCommand } from './commands.ts';

const choice: ObjectiveChoice = {
  kind: 'study',
  name: 'f.csv',
  goal: 'maximize',
  dims: [
    { name: 'lr', min: -5, max: -1, scale: 'log10' },
    { name: 'units', min: 16, max: 256, scale: 'linear' },
    { name: 'dropout', min: 0, max: 0.5, scale: 'linear' },
  ],
};
const OFF = ['step', 'togglePlay', 'reset', 'newSeed'] as const;

beforeEach(() => resetStore());

describe('the transport of a study without a formula', () => {
  it('turns Step, Play, Reset and New seed off (nothing to evaluate, trials to keep)', () => {
    const get = () => useStore.getState();
    for (const id of OFF) expect(getCommand(id).enabled(get())).toBe(true);
    const objective = resolveObjective(choice);
    if (typeof objective === 'string') throw new Error(objective);
    get().loadStudy({
      settings: { ...get().settings, objective: choice },
      objective,
      history: get().history,
      budgetEdited: false,
      view: DEFAULT_VIEW,
    });
    for (const id of OFF) expect(getCommand(id).enabled(get())).toBe(false);
    expect(getCommand('help').enabled(get())).toBe(true);
  });
});
