/**
 * A three-dimensional benchmark for headless runs and bench/boQuality.ts (the app shows one or two
 * dimensions, so it is not in the registry). Definition and box as in Surjanovic & Bingham's
 * Virtual Library of Simulation Experiments; the optimum was refined from their published point
 * with L-BFGS-B (benchmarks3d.test.ts re-checks it).
 */
import type { Objective } from './types.ts';

const H3_ALPHA = [1.0, 1.2, 3.0, 3.2];
const H3_A = [
  [3.0, 10, 30],
  [0.1, 10, 35],
  [3.0, 10, 30],
  [0.1, 10, 35],
];
const H3_P = [
  [0.3689, 0.117, 0.2673],
  [0.4699, 0.4387, 0.747],
  [0.1091, 0.8732, 0.5547],
  [0.0381, 0.5743, 0.8828],
];

/** Hartmann-3: four Gaussian wells in the unit cube, the deepest near (0.115, 0.556, 0.853). */
export const hartmann3: Objective = {
  id: 'hartmann-3',
  title: 'Hartmann 3D function',
  description: 'Four wells of different depth and shape in the unit cube; one is deepest.',
  dims: ['x', 'y', 'z'].map((name) => ({ name, min: 0, max: 1, scale: 'linear' as const })),
  goal: 'minimize',
  optimum: { value: -3.8627797869674945, x: [[0.1146130916, 0.5556486706, 0.8525466136]] },
  f: (p) => {
    let s = 0;
    for (let i = 0; i < 4; i++) {
      const a = H3_A[i] as number[];
      const c = H3_P[i] as number[];
      let e = 0;
      for (let j = 0; j < 3; j++)
        e += (a[j] as number) * ((p[j] as number) - (c[j] as number)) ** 2;
      s += (H3_ALPHA[i] as number) * Math.exp(-e);
    }
    return -s;
  },
  formula:
    '-(exp(-(3(x-0.3689)^2 + 10(y-0.117)^2 + 30(z-0.2673)^2)) + 1.2 exp(-(0.1(x-0.4699)^2 + 10(y-0.4387)^2 + 35(z-0.747)^2)) + 3 exp(-(3(x-0.1091)^2 + 10(y-0.8732)^2 + 30(z-0.5547)^2)) + 3.2 exp(-(0.1(x-0.0381)^2 + 10(y-0.5743)^2 + 35(z-0.8828)^2)))',
};
