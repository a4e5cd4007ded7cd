// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bestIndex } from '../bo/modelData.ts';
import { MessagesContext } from '../i18n/locale.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { ndEn, ndKo } from '../i18n/nd.ts';
import type { Dim } from '../objectives/types.ts';
import { analysisFor } from '../store/analysisCache.ts';
import { current } from '../store/history.ts';
import { resetStore, useStore } from '../store/store.ts';
import { formatCoordinate, formatPoint } from '../widgets/format.ts';
import NdStack from './NdStack.tsx';
import { useStudy } from './useStudy.ts';

const dims: Dim[] = [
  { name: 'lr', min: -5, max: -1, scale: 'log10' },
  { name: 'wd', min: -6, max: -2, scale: 'log10' },
  { name: 'dropout', min: 0, max: 0.5, scale: 'linear' },
  { name: 'units', min: 16, max: 256, scale: 'linear' },
];
const source = '-(log10(lr)+3)^2 - (log10(wd)+4)^2/4 - 4*(dropout-0.2)^2 - ((units-128)/128)^2';

function Host() {
  const study = useStudy();
  const objective = useStore((s) => s.objective);
  return <NdStack study={study} objective={objective} />;
}

beforeEach(() => {
  resetStore();
  expect(useStore.getState().applyFormula(source, dims, 'maximize')).toBeNull();
  useStore.getState().step();
  useStore.getState().step();
});
afterEach(cleanup);

const show = () =>
  render(
    <MessagesContext value={MESSAGES.en}>
      <Host />
    </MessagesContext>,
  );

describe('NdStack, the BO screen of a study of 3 to 10 dims', () => {
  it('draws the three maps, one slice per dim and the next trial in natural units', () => {
    show();
    const en = MESSAGES.en;
    for (const label of [en.heatmapMeanLabel, en.heatmapStdLabel, en.heatmapAcquisitionLabel]) {
      expect(screen.getAllByRole('img', { name: new RegExp(label) })).toHaveLength(1);
    }
    const slices = screen.getAllByRole('region', { name: /^Slice along / });
    expect(slices.map((s) => s.getAttribute('aria-label'))).toEqual(
      dims.map((d) => `Slice along ${d.name}`),
    );
    const card = screen.getByRole('region', { name: ndEn.ndNextTitle });
    const rows = within(card).getAllByRole('row');
    expect(rows).toHaveLength(1 + dims.length);
    // The suggestion the state's analysis makes, each log10 dim shown as 10^x.
    const x = analysisFor(current(useStore.getState().history)).analysis.suggestion.proposal.x;
    expect(rows.slice(1).map((r) => within(r).getByRole('cell').textContent)).toEqual(
      dims.map((d, k) => formatCoordinate(x[k]!, d)),
    );
    expect(formatCoordinate(-3, dims[0]!)).toBe('0.001');
  });

  it('reads the next point at the proposal and names every one of its coordinates', () => {
    show();
    const x = analysisFor(current(useStore.getState().history)).analysis.suggestion.proposal.x;
    const readout = screen.getByTestId('heatmap-readout');
    expect(readout.getAttribute('data-kind')).toBe('next');
    // The proposal is off the maps' plane (the other dims are held at the best trial): its
    // numbers are read there, so its position must say all four coordinates, not the pair alone.
    expect(within(readout).getAllByRole('definition')[0]!.textContent).toBe(formatPoint(x, dims));
  });

  it('says where the other dims are held: the values of the best trial in the state', () => {
    show();
    const state = current(useStore.getState().history);
    const b = bestIndex(state.observations, 'maximize');
    const x = state.observations[b]!.x;
    const words = [2, 3].map((k) => `${dims[k]!.name} = ${formatCoordinate(x[k]!, dims[k]!)}`);
    expect(screen.getByTestId('nd-held').textContent).toBe(
      `Other dims held at the best trial (#${b + 1}): ${words.join(', ')}.`,
    );
  });

  it('changes the pair: the held dims follow', () => {
    show();
    fireEvent.change(screen.getByLabelText(ndEn.ndPairX), { target: { value: 'units' } });
    expect(screen.getByTestId('nd-held').textContent).toMatch(/: lr = .*, dropout = /);
    expect((screen.getByLabelText(ndEn.ndPairY) as HTMLSelectElement).value).toBe('wd');
  });

  it('has every text in Korean too', () => {
    expect(Object.keys(ndKo).sort()).toEqual(Object.keys(ndEn).sort());
    for (const v of Object.values(ndKo)) expect(v).toMatch(/[\uAC00-\uD7A3]/);
  });
});
