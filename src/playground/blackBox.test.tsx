// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../bo/analysis.ts';
import type { LoopState } from '../bo/types.ts';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Objective } from '../objectives/types.ts';
import { plotGrid } from '../store/analysisCache.ts';
import { DEFAULT_SETTINGS, toLoopConfig } from '../store/settings.ts';
import { resetStore, useStore } from '../store/store.ts';
import { formatNumber, formatPoint } from '../widgets/format.ts';
import { answerState, visibleAnswer, type AnswerState } from './blackBox.ts';
import { ConvergenceCard } from './ConvergenceCard.tsx';
import { narrate, narrationFacts } from './narration.ts';
import { ObjectivePanel } from './ObjectivePanel.tsx';
import { ObjectiveSummary } from './ObjectiveSummary.tsx';
import { objectiveText } from './objectiveText.ts';

const en = MESSAGES.en;
const seed = getObjective('bayes-opt-1d') as Objective;
const lrWd = getObjective('synthetic-lr-wd') as Objective;
const OPT = formatNumber(seed.optimum?.value ?? NaN, 4);

/** The seed example with two evaluations of a budget of `budget` (finished when it is 2). */
function stateWith(budget: number): LoopState {
  const config = { ...toLoopConfig(DEFAULT_SETTINGS, seed), initPoints: 2, iterations: budget - 2 };
  const observations = [0, 3].map((x) => ({ x: [x], y: seed.f([x]), phase: 'init' as const }));
  return { config, observations };
}

beforeEach(() => resetStore());
afterEach(cleanup);

function summary(answer: AnswerState, o: Objective = seed) {
  const { optimum, formula } = visibleAnswer(answer, o);
  const at = optimum?.x[0];
  return render(
    <MessagesContext value={en}>
      <ObjectiveSummary
        title={o.title}
        description={objectiveText(o, {}).description}
        formula={formula}
        goal={o.goal}
        dims={o.dims}
        answer={answer}
        optimum={optimum && at ? { value: optimum.value, at: formatPoint(at, o.dims) } : undefined}
      />
    </MessagesContext>,
  );
}

describe('the black-box rule', () => {
  it('hides only while the game is on and the run goes on', () => {
    expect(answerState(true, false)).toBe('shown');
    expect(answerState(true, true)).toBe('shown');
    expect(answerState(false, false)).toBe('hidden');
    expect(answerState(false, true)).toBe('revealed');
    expect(visibleAnswer('hidden', seed)).toEqual({ optimum: undefined, formula: undefined });
    expect(visibleAnswer('revealed', seed).optimum?.value).toBe(seed.optimum?.value);
  });
});

describe('the objective summary', () => {
  it('reads log10 domains as values with their scale', () => {
    summary('shown', lrWd);
    const dd = screen.getByText('Domain').nextElementSibling?.textContent;
    expect(dd).toBe('lr ∈ [10⁻⁵, 0.1], log scale; wd ∈ [10⁻⁵, 0.1], log scale');
    expect(dd).not.toContain('−5');
  });

  it('hides the formula and the hint while hidden, then reveals them and says so', () => {
    const hint = 'hidden near x = 0.63';
    summary('shown');
    expect(document.body.textContent).toContain(seed.formula);
    expect(document.body.textContent).toContain(hint);
    cleanup();

    summary('hidden');
    const text = document.body.textContent;
    expect(text).not.toContain(seed.formula);
    expect(text).not.toContain(hint);
    expect(text).not.toContain('0.631');
    expect(text).toContain('f(x) = ?');
    expect(text).toContain(en.blackBoxHidden);
    cleanup();

    summary('revealed');
    expect(document.body.textContent).toContain(seed.formula);
    expect(document.body.textContent).toContain(hint);
    const [at] = seed.optimum?.x ?? [];
    expect(screen.getByRole('status').textContent).toBe(
      `Game over, the answer is revealed: the best value is ${OPT} at ${formatPoint(at ?? [], seed.dims)}; the formula and the hint are shown again.`,
    );
    expect(formatPoint(at ?? [], seed.dims)).toBe('x = 0.63');
  });
});

describe('the known optimum on every surface follows the rule', () => {
  const card = (state: LoopState) =>
    render(
      <MessagesContext value={en}>
        <ConvergenceCard state={state} objective={seed} />
      </MessagesContext>,
    );

  it('convergence plot: no known-optimum line until the run ends', () => {
    useStore.getState().setShowTruth(false);
    card(stateWith(5));
    expect(document.querySelector('.optimum-ref')).toBeNull();
    expect(document.body.textContent).not.toContain('known optimum');
    cleanup();
    card(stateWith(2));
    expect(document.querySelector('.optimum-ref')?.textContent).toBe(`known optimum ${OPT}`);
    cleanup();
    useStore.getState().setShowTruth(true);
    card(stateWith(5));
    expect(document.querySelector('.optimum-ref')).not.toBeNull();
  });

  it('final narration: the optimum is said once the run is over, when the rule allows', () => {
    const state = stateWith(2);
    const analysis = analyze(state, { grid: plotGrid(state) });
    const finished = (showTruth: boolean) =>
      narrate(
        narrationFacts(
          state,
          analysis,
          visibleAnswer(answerState(showTruth, true), seed).optimum?.value,
        ),
        en,
        seed.dims,
      );
    expect(finished(false)).toContain(`the true optimum is ${OPT}`);
    expect(finished(true)).toContain(`the true optimum is ${OPT}`);
    // While hidden nothing of the optimum reaches the narration's facts.
    const hiddenOptimum = visibleAnswer(answerState(false, false), seed).optimum;
    expect(hiddenOptimum).toBeUndefined();
  });
});

describe('the objective panel', () => {
  it('keeps a typed formula behind a button while the game hides it', () => {
    const source = 'sin(3 * x) + x / 4';
    const x = { name: 'x', min: -2, max: 6, scale: 'linear' as const };
    expect(useStore.getState().applyFormula(source, [x], 'maximize')).toBeNull();
    const panel = () =>
      render(
        <MessagesContext value={en}>
          <ObjectivePanel />
        </MessagesContext>,
      );
    const formulaShown = () =>
      [...document.querySelectorAll('textarea, input')].some(
        (el) => (el as HTMLInputElement).value === source,
      );
    panel();
    expect(formulaShown()).toBe(true);
    cleanup();

    useStore.getState().setShowTruth(false);
    panel();
    expect(formulaShown()).toBe(false);
    expect(document.body.textContent).toContain(en.blackBoxFormulaPanel);
    fireEvent.click(screen.getByRole('button', { name: en.blackBoxShowFormula }));
    expect(formulaShown()).toBe(true);
  });
});
