import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../bo/analysis.ts';
import { fitStateModel } from '../bo/loop.ts';
import type { LoopState } from '../bo/types.ts';
import { plotGrid } from '../bo/plotGrid.ts';
import {
  analysisTransferables,
  type FromAnalysisWorker,
  type ToAnalysisWorker,
} from './analysisProtocol.ts';
import { inProcessAnalysisPort } from './analysisPort.ts';
import { fromWire } from './analysisWire.ts';
import { studyWith } from './testing/studies.ts';

/** The float64 bits of a list of numbers: equal bits, not merely equal values. */
function bits(v: ArrayLike<number> | null | undefined): number[] | null {
  if (!v) return null;
  return Array.from(new Uint32Array(Float64Array.from(v as ArrayLike<number>).buffer));
}

/** Runs one job through the in-process port (structured clones both ways, buffers transferred). */
function runJob(
  msg: Omit<ToAnalysisWorker, 'jobId'>,
): Promise<{ replies: FromAnalysisWorker[]; analysis: Analysis }> {
  const port = inProcessAnalysisPort();
  const replies: FromAnalysisWorker[] = [];
  return new Promise((resolve, reject) => {
    port.listen(
      (reply) => {
        replies.push(reply);
        if (reply.type === 'done') {
          port.terminate();
          resolve({ replies, analysis: fromWire(msg.request.state, reply.analysis) });
        } else if (reply.type === 'error') reject(new Error(reply.message));
      },
      (m) => reject(new Error(m)),
    );
    port.postMessage({ ...msg, jobId: 7 });
  });
}

function expectSameAnalysis(a: Analysis, b: Analysis, grid: ReturnType<typeof plotGrid>): void {
  expect(bits(a.suggestion.proposal.x)).toEqual(bits(b.suggestion.proposal.x));
  expect(a.suggestion.proposal.phase).toBe(b.suggestion.proposal.phase);
  expect(a.suggestion.proposal.fallback).toBe(b.suggestion.proposal.fallback);
  expect(bits([a.suggestion.proposal.acquisitionValue ?? NaN])).toEqual(
    bits([b.suggestion.proposal.acquisitionValue ?? NaN]),
  );
  expect(bits([a.suggestion.best ?? NaN])).toEqual(bits([b.suggestion.best ?? NaN]));
  expect(a.model?.kernel).toEqual(b.model?.kernel);
  expect(bits(a.model?.L)).toEqual(bits(b.model?.L));
  expect(bits(a.mean)).toEqual(bits(b.mean));
  expect(bits(a.std)).toEqual(bits(b.std));
  expect(bits(a.acquisition)).toEqual(bits(b.acquisition));
  expect(a.samples.map(bits)).toEqual(b.samples.map(bits));
  expect(a.suggestion.path === undefined).toBe(b.suggestion.path === undefined);
  if (a.suggestion.path && b.suggestion.path) {
    const va = new Float64Array(grid.n);
    const vb = new Float64Array(grid.n);
    a.suggestion.path.evaluate(grid, va);
    b.suggestion.path.evaluate(grid, vb);
    expect(bits(va)).toEqual(bits(vb));
    const ga = new Float64Array(grid.d);
    const gb = new Float64Array(grid.d);
    const x = Float64Array.from(a.suggestion.proposal.x);
    expect(a.suggestion.path.evaluateWithGradient(x, ga)).toBe(
      b.suggestion.path.evaluateWithGradient(x, gb),
    );
    expect(bits(ga)).toEqual(bits(gb));
  }
}

const CASES: readonly [string, LoopState, number][] = [
  ['1D, EI, maximize, 3 sample paths', studyWith(60), 3],
  [
    '1D, Thompson, minimize',
    studyWith(45, { acquisition: { type: 'thompson' }, goal: 'minimize' }),
    0,
  ],
  ['2D, UCB', studyWith(50, { dims: 2, acquisition: { type: 'ucb', kappa: 2.576 } }), 0],
  [
    '2D, Thompson, fixed kernel',
    studyWith(70, { dims: 2, acquisition: { type: 'thompson' }, fitKernel: false }),
    0,
  ],
];

describe('analysis worker handler', () => {
  it.each(CASES)(
    'decides and draws the same bits as the synchronous path (%s)',
    async (_, state, samples) => {
      const grid = plotGrid(state);
      const sync = analyze(state, { grid, samples });
      // Thompson's path is the one part that is drawn again rather than sent: it must be there.
      expect(sync.suggestion.path !== undefined).toBe(state.config.acquisition.type === 'thompson');
      const { analysis } = await runJob({ type: 'analyze', request: { state, grid, samples } });
      expectSameAnalysis(analysis, sync, grid);
    },
  );

  it('announces the fit and the search, then answers; a given model skips the fit', async () => {
    const state = studyWith(40);
    const grid = plotGrid(state);
    const first = await runJob({ type: 'analyze', request: { state, grid, samples: 0 } });
    expect(
      first.replies.map((r) =>
        r.type === 'progress' ? `${r.stage} ${r.step}/${r.steps}` : r.type,
      ),
    ).toEqual(['fit 1/2', 'search 2/2', 'done']);
    const model = fitStateModel(state);
    const second = await runJob({ type: 'analyze', request: { state, grid, samples: 0, model } });
    expect(
      second.replies.map((r) =>
        r.type === 'progress' ? `${r.stage} ${r.step}/${r.steps}` : r.type,
      ),
    ).toEqual(['search 1/1', 'done']);
    expectSameAnalysis(second.analysis, first.analysis, grid);
  });

  it('reports an analysis that throws instead of dying silently', async () => {
    const state = studyWith(10);
    const bad = { ...state, config: { ...state.config, candidates: -1 } };
    const grid = plotGrid(state);
    await expect(
      runJob({ type: 'analyze', request: { state: bad, grid: { ...grid, d: 3 }, samples: 0 } }),
    ).rejects.toThrow();
  });
});

describe('analysis messages', () => {
  it('transfer every result buffer exactly once (a repeated one is a DataCloneError)', async () => {
    const state = studyWith(30);
    const grid = plotGrid(state);
    const { replies } = await runJob({ type: 'analyze', request: { state, grid, samples: 2 } });
    expect(replies.at(-1)?.type).toBe('done');
    // A fresh result to transfer: the port's copy was transferred already.
    const a = analyze(state, { grid, samples: 2 });
    const msg: FromAnalysisWorker = {
      type: 'done',
      jobId: 1,
      analysis: { ...a, suggestion: a.suggestion, hasPath: false },
      fitMs: 0,
      ms: 0,
    };
    const list = analysisTransferables(msg);
    expect(new Set(list).size).toBe(list.length);
    // model, mean, std, acquisition, 2 samples; the suggestion shares the model's buffers.
    expect(list).toHaveLength(4 + 3 + 2);
    const copy = structuredClone(msg, { transfer: list });
    expect(a.mean?.length).toBe(0);
    expect(a.model?.L.length).toBe(0);
    expect(copy.type === 'done' && copy.analysis.mean?.length).toBe(grid.n);
  });
});
