// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeSvg } from '../../plots/testing/svg.ts';
import type { EpochMetrics } from '../train/trainer.ts';
import { LearningCurve } from './LearningCurve.tsx';

afterEach(cleanup);

const epochs: EpochMetrics[] = [0.9, 0.6, 0.45].map((loss, i) => ({
  epoch: i + 1,
  trainLoss: loss,
  trainAcc: 1 - loss / 2,
  valLoss: loss + 0.1,
  valAcc: 0.95 - loss / 2,
  ms: 10,
}));

describe('LearningCurve', () => {
  it('draws train and validation curves with a key, as in its SVG snapshot', () => {
    render(
      <LearningCurve
        width={320}
        height={200}
        fontSize={14}
        epochs={epochs}
        totalEpochs={6}
        kind="loss"
        ariaLabel="Loss curve"
      />,
    );
    const svg = screen.getByRole('img', { name: 'Loss curve' });
    expect(svg.querySelectorAll('.lc-train circle')).toHaveLength(3);
    expect(serializeSvg(svg)).toMatchSnapshot();
  });

  it('scales accuracy to [0, 1] before the first epoch', () => {
    render(
      <LearningCurve
        width={320}
        height={200}
        epochs={[]}
        totalEpochs={6}
        kind="acc"
        ariaLabel="Accuracy curve"
      />,
    );
    const labels = Array.from(
      screen.getByRole('img', { name: 'Accuracy curve' }).querySelectorAll('.axis-y .tick text'),
      (t) => t.textContent,
    );
    expect(labels[0]).toBe('0.0');
    expect(labels.at(-1)).toBe('1.0');
  });
});
