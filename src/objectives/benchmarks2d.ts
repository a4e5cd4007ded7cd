/**
 * Classic two-dimensional test functions (definitions and boxes as in Surjanovic & Bingham's
 * Virtual Library of Simulation Experiments). Irrational optima were solved to 30 digits (rounded to float64 here) with
 * mpmath's findroot on the gradient; benchmarks.test.ts re-checks them numerically.
 */
import type { Dim, Objective } from './types.ts';

const xy = (p: readonly number[]): [number, number] => [p[0] as number, p[1] as number];
const dim = (name: string, min: number, max: number): Dim => ({ name, min, max, scale: 'linear' });

// Branin's constants; its optimum value is exactly s*t = 5/(4*pi).
const BRANIN_B = 5.1 / (4 * Math.PI ** 2);
const BRANIN_C = 5 / Math.PI;
const BRANIN_T = 1 / (8 * Math.PI);

/** Branin (rescaled Branin-Hoo): three equally good minima. */
export const branin: Objective = {
  id: 'branin',
  title: 'Branin function',
  description:
    'A curved valley with three equally deep minima, the standard first 2D test for Bayesian optimization.',
  dims: [dim('x', -5, 10), dim('y', 0, 15)],
  goal: 'minimize',
  optimum: {
    value: 5 / (4 * Math.PI),
    x: [
      [-Math.PI, 12.275],
      [Math.PI, 2.275],
      [3 * Math.PI, 2.475],
    ],
  },
  f: (p) => {
    const [x, y] = xy(p);
    return (y - BRANIN_B * x ** 2 + BRANIN_C * x - 6) ** 2 + 10 * (1 - BRANIN_T) * Math.cos(x) + 10;
  },
  formula: '(y - 5.1 / (4 pi^2) * x^2 + 5 / pi * x - 6)^2 + 10 * (1 - 1 / (8 pi)) * cos(x) + 10',
};

const CAMEL_X = 0.08984201310031806;
const CAMEL_Y = 0.7126564030207396;

/** Six-hump camel: two global minima mirrored through the origin, four more local ones. */
export const sixHumpCamel: Objective = {
  id: 'six-hump-camel',
  title: 'Six-hump camel function',
  description:
    'Six valleys, two of them equally deepest and mirror images of each other through the centre.',
  dims: [dim('x', -3, 3), dim('y', -2, 2)],
  goal: 'minimize',
  optimum: {
    value: -1.0316284534898774,
    x: [
      [CAMEL_X, -CAMEL_Y],
      [-CAMEL_X, CAMEL_Y],
    ],
  },
  f: (p) => {
    const [x, y] = xy(p);
    return (4 - 2.1 * x ** 2 + x ** 4 / 3) * x ** 2 + x * y + (-4 + 4 * y ** 2) * y ** 2;
  },
  formula: '(4 - 2.1 x^2 + x^4 / 3) * x^2 + x * y + (-4 + 4 y^2) * y^2',
};

/** Himmelblau: four minima of value exactly 0. */
export const himmelblau: Objective = {
  id: 'himmelblau',
  title: 'Himmelblau function',
  description:
    'Four separate minima, all exactly zero: a search that finds one has not found them all.',
  dims: [dim('x', -5, 5), dim('y', -5, 5)],
  goal: 'minimize',
  optimum: {
    value: 0,
    x: [
      [3, 2],
      [-2.805118086952745, 3.131312518250573],
      [-3.779310253377747, -3.2831859912861696],
      [3.5844283403304917, -1.8481265269644036],
    ],
  },
  f: (p) => {
    const [x, y] = xy(p);
    return (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2;
  },
  formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
};

/**
 * Rosenbrock on [-2, 2] x [-1, 3]: a box that frames the banana-shaped valley and its minimum at
 * (1, 1) instead of the usual [-5, 10]^2, where the valley is a thin sliver of the picture.
 */
export const rosenbrock: Objective = {
  id: 'rosenbrock',
  title: 'Rosenbrock function',
  description:
    'A long, flat, banana-shaped valley: finding the valley is easy, walking along it to (1, 1) is not.',
  dims: [dim('x', -2, 2), dim('y', -1, 3)],
  goal: 'minimize',
  optimum: { value: 0, x: [[1, 1]] },
  f: (p) => {
    const [x, y] = xy(p);
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2;
  },
  formula: '(1 - x)^2 + 100 * (y - x^2)^2',
};

/** Ackley on [-5, 5]^2, small enough that its egg-crate ripples are visible on a heatmap. */
export const ackley: Objective = {
  id: 'ackley',
  title: 'Ackley function',
  description:
    'A single deep hole at the origin inside an egg-crate of small ripples, each one a local minimum.',
  dims: [dim('x', -5, 5), dim('y', -5, 5)],
  goal: 'minimize',
  optimum: { value: 0, x: [[0, 0]] },
  f: (p) => {
    const [x, y] = xy(p);
    return (
      -20 * Math.exp(-0.2 * Math.sqrt(0.5 * (x ** 2 + y ** 2))) -
      Math.exp(0.5 * (Math.cos(2 * Math.PI * x) + Math.cos(2 * Math.PI * y))) +
      Math.E +
      20
    );
  },
  formula: '-20 exp(-0.2 sqrt(0.5 (x^2 + y^2))) - exp(0.5 (cos(2 pi x) + cos(2 pi y))) + e + 20',
};

/** Goldstein-Price on [-2, 2]^2: minimum 3 at (0, -1); values span five orders of magnitude. */
export const goldsteinPrice: Objective = {
  id: 'goldstein-price',
  title: 'Goldstein-Price function',
  description:
    'Values range from 3 to about a million, so the deep minimum at (0, -1) is hard to see without a log colour scale.',
  dims: [dim('x', -2, 2), dim('y', -2, 2)],
  goal: 'minimize',
  optimum: { value: 3, x: [[0, -1]] },
  f: (p) => {
    const [x, y] = xy(p);
    const a = 1 + (x + y + 1) ** 2 * (19 - 14 * x + 3 * x ** 2 - 14 * y + 6 * x * y + 3 * y ** 2);
    const b =
      30 + (2 * x - 3 * y) ** 2 * (18 - 32 * x + 12 * x ** 2 + 48 * y - 36 * x * y + 27 * y ** 2);
    return a * b;
  },
  formula:
    '(1 + (x + y + 1)^2 * (19 - 14 x + 3 x^2 - 14 y + 6 x y + 3 y^2)) * (30 + (2 x - 3 y)^2 * (18 - 32 x + 12 x^2 + 48 y - 36 x y + 27 y^2))',
};

/** The classic two-dimensional benchmarks, in menu order. */
export const benchmarks2d: readonly Objective[] = [
  branin,
  sixHumpCamel,
  himmelblau,
  rosenbrock,
  ackley,
  goldsteinPrice,
];
