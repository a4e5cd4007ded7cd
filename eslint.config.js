import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Import zones: every folder of src/ lists the folders it may import; everything else is refused
// by lint (and scripts/checkCycles.ts, run by `npm test`, refuses any folder cycle). Derived from
// the code: arrows point downward, from screens to features to widgets to the store to the loop to
// math. nn/ has a pure core (data, train, worker, hyperparams: no React, no store) under its UI.
const FOLDERS = {
  math: ['**/math/**'],
  objectives: ['**/objectives/**'],
  i18n: ['**/i18n/**'],
  bo: ['**/bo/**'],
  cli: ['**/cli/**'],
  workers: ['**/workers/**'],
  gpu: ['**/gpu/**'],
  nnCore: ['**/nn/*.ts', '**/nn/data/**', '**/nn/train/**', '**/nn/worker/**', '**/nn/testing/**'],
  nnUi: ['**/nn/ui/**', '**/nn/study/**', '**/nn/bench/**'],
  store: ['**/store/**'],
  plots: ['**/plots/**'],
  widgets: ['**/widgets/**'],
  playground: ['**/playground/**'],
  share: ['**/share/**'],
  present: ['**/present/**'],
  lab: ['**/lab/**'],
  deck: ['**/deck/**'],
  app: ['**/app/**'],
  screens: ['**/screens/**'],
  styles: ['**/styles/**'],
  routing: ['**/routing.ts'],
  root: ['**/App.tsx', '**/main.tsx'],
};

const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3', 'd3-*'];
const TFJS = ['@tensorflow/*'];

// Below the widgets: what the widgets and every feature (playground, share, present, lab, nn's UI)
// build on.
const BENEATH_WIDGETS = [
  'math',
  'objectives',
  'i18n',
  'bo',
  'workers',
  'gpu',
  'nnCore',
  'store',
  'plots',
  'styles',
  'routing',
];

/**
 * Each zone: the files, the folders they may import (their own folder always), the packages they
 * may not, and a sentence for the message.
 */
const ZONES = [
  { zone: 'math', files: ['src/math/**'], may: [], bans: [...UI_LIBRARIES, ...TFJS] },
  {
    zone: 'objectives',
    files: ['src/objectives/**'],
    may: ['math'],
    bans: [...UI_LIBRARIES, ...TFJS],
  },
  {
    zone: 'bo',
    files: ['src/bo/**'],
    may: ['math', 'objectives'],
    bans: [...UI_LIBRARIES, ...TFJS],
  },
  { zone: 'i18n', files: ['src/i18n/**'], may: ['math', 'objectives'], bans: TFJS },
  {
    zone: 'cli',
    files: ['src/cli/**'],
    may: ['math', 'objectives', 'bo'],
    bans: [...UI_LIBRARIES, ...TFJS],
  },
  {
    zone: 'workers',
    files: ['src/workers/**'],
    may: ['math', 'objectives', 'bo'],
    bans: UI_LIBRARIES,
  },
  {
    zone: 'gpu',
    files: ['src/gpu/**'],
    may: ['math', 'objectives', 'bo', 'workers'],
    bans: UI_LIBRARIES,
  },
  {
    zone: 'nnCore',
    files: [
      'src/nn/*.ts',
      'src/nn/data/**',
      'src/nn/train/**',
      'src/nn/worker/**',
      'src/nn/testing/**',
    ],
    may: ['math', 'objectives', 'bo', 'workers'],
    bans: UI_LIBRARIES,
  },
  {
    zone: 'store',
    files: ['src/store/**'],
    may: ['math', 'objectives', 'i18n', 'bo', 'workers', 'gpu', 'nnCore', 'routing'],
    bans: TFJS,
  },
  // Plots take plain arrays: no store, no model, no workers.
  {
    zone: 'plots',
    files: ['src/plots/**'],
    may: ['math', 'objectives', 'i18n', 'styles'],
    bans: [...TFJS, 'zustand', 'zustand/*'],
  },
  // Generic controls (fields, sliders, sized boxes, number formatting): no feature's code.
  { zone: 'widgets', files: ['src/widgets/**'], may: BENEATH_WIDGETS, bans: TFJS },
  { zone: 'share', files: ['src/share/**'], may: [...BENEATH_WIDGETS, 'widgets'], bans: TFJS },
  // The BO screen's parts: panels, plot stacks, narration, commands, playback and keyboard.
  {
    zone: 'playground',
    files: ['src/playground/**'],
    may: [...BENEATH_WIDGETS, 'widgets', 'share'],
    bans: TFJS,
  },
  {
    zone: 'present',
    files: ['src/present/**'],
    may: [...BENEATH_WIDGETS, 'widgets', 'share', 'playground'],
    bans: TFJS,
  },
  {
    zone: 'nnUi',
    files: ['src/nn/ui/**', 'src/nn/study/**', 'src/nn/bench/**'],
    may: [...BENEATH_WIDGETS, 'widgets', 'share', 'playground'],
    bans: [],
  },
  {
    zone: 'lab',
    files: ['src/lab/**'],
    may: [...BENEATH_WIDGETS, 'widgets', 'share', 'playground', 'nnUi'],
    bans: [],
  },
  // Lecture decks: slides are addresses of any section; they capture figures (present/).
  {
    zone: 'deck',
    files: ['src/deck/**'],
    may: [...BENEATH_WIDGETS, 'widgets', 'share', 'playground', 'present'],
    bans: TFJS,
  },
  {
    zone: 'app',
    files: ['src/app/**'],
    may: [...BENEATH_WIDGETS, 'widgets', 'share', 'playground', 'present', 'nnUi', 'lab', 'deck'],
    bans: [],
  },
  // Layout only: each screen arranges the features' parts.
  {
    zone: 'screens',
    files: ['src/screens/**'],
    may: [
      ...BENEATH_WIDGETS,
      'widgets',
      'share',
      'playground',
      'present',
      'nnUi',
      'lab',
      'deck',
      'app',
    ],
    bans: [],
  },
  { zone: 'routing', files: ['src/routing.ts', 'src/routing.test.ts'], may: [], bans: TFJS },
  {
    zone: 'root',
    files: ['src/App.tsx', 'src/main.tsx'],
    may: Object.keys(FOLDERS).filter((f) => f !== 'cli'),
    bans: [],
  },
];

// Inside nn/, the core reaches its UI by sibling paths the folder patterns above cannot see.
const NN_CORE_SIBLINGS = [
  './ui/**',
  './study/**',
  './bench/**',
  '../ui/**',
  '../study/**',
  '../bench/**',
];

function zoneConfig({ zone, files, may, bans }) {
  const refused = Object.keys(FOLDERS).filter((f) => f !== zone && !may.includes(f));
  const patterns = [
    {
      group: [
        ...refused.flatMap((f) => FOLDERS[f]),
        ...(zone === 'nnCore' ? NN_CORE_SIBLINGS : []),
      ],
      message: `${files.join(', ')} may import only ${may.length ? may.join(', ') : 'nothing of the app'} (eslint.config.js ZONES; docs/DESIGN.md, Layers).`,
    },
  ];
  if (bans.length > 0) {
    patterns.push({ group: bans, message: `${files.join(', ')} may not use ${bans.join(', ')}.` });
  }
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  ...ZONES.map(zoneConfig),
  {
    files: ['src/math/**/*.ts', 'src/bo/**/*.ts', 'src/objectives/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded Rng passed in (DESIGN.md).',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
