/**
 * Hostile text in a study (title, dimension names, formula source, settings) must not change what
 * an exported script does. Python's own `ast` reads each script and summarizes its statements; a
 * hostile script must parse and have exactly the statements of the same study made benign.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../bo/types.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import { DEFAULT_SETTINGS, resolveObjective, type StudySettings } from '../store/settings.ts';
import { bayesOptScript, optunaScript, type ScriptInput } from './pythonScript.ts';
import { hasPython } from './testPython.ts';
import { docText, pyString } from './pythonText.ts';

const PYTHON = hasPython();
if (!PYTHON)
  console.warn('python3 is missing: the ast checks of pythonScript.security are skipped');

// Each statement at the top level and in each def, as kind and name (imports with their modules,
// calls and assignment targets by their dotted names); then every call and import in the module.
const SUMMARY = String.raw`
import ast, json, sys
def dotted(n):
    if isinstance(n, ast.Name): return n.id
    if isinstance(n, ast.Attribute): return dotted(n.value) + '.' + n.attr
    if isinstance(n, ast.Subscript): return dotted(n.value) + '[]'
    if isinstance(n, ast.Call): return dotted(n.func) + '()'
    return type(n).__name__
def stmt(s, top=True):
    k = type(s).__name__
    if isinstance(s, ast.Import): return k + ':' + ','.join(a.name for a in s.names)
    if isinstance(s, ast.ImportFrom): return k + ':' + s.module + ':' + ','.join(a.name for a in s.names)
    if isinstance(s, ast.FunctionDef): return k + ':' + s.name + '[' + ';'.join(stmt(b, False) for b in s.body) + ']'
    # Inside a def, the local names follow the dimensions' names; the kind of statement does not.
    if isinstance(s, ast.Assign): return k + ':' + (','.join(dotted(t) for t in s.targets) if top else '')
    if isinstance(s, ast.AugAssign): return k + ':' + dotted(s.target)
    if isinstance(s, ast.Expr):
        v = s.value
        if isinstance(v, ast.Constant) and isinstance(v.value, str): return 'Doc'
        return k + ':' + dotted(v)
    if isinstance(s, ast.If): return k + '[' + ';'.join(stmt(b, top) for b in s.body + s.orelse) + ']'
    return k
out = []
for script in json.load(sys.stdin):
    try:
        tree = ast.parse(script)
    except SyntaxError as e:
        out.append({'error': str(e)})
        continue
    calls = sorted({dotted(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)})
    imports = sum(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
    out.append({'statements': [stmt(s) for s in tree.body], 'calls': calls, 'imports': imports})
print(json.dumps(out))
`;

interface Summary {
  readonly error?: string;
  readonly statements?: readonly string[];
  readonly calls?: readonly string[];
  readonly imports?: number;
}

function summarize(scripts: readonly string[]): Summary[] {
  const out = execFileSync('python3', ['-c', SUMMARY], {
    input: JSON.stringify(scripts),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out) as Summary[];
}

const PAYLOADS = [
  '"""; import os; os.system("echo pwned"); """',
  "'''; import os; os.system('echo pwned'); '''",
  'C:\\Users\\me',
  'C:\\N{x',
  'ends with a backslash \\',
  'ends with a quote "',
  '\u202eevil\u202c',
  'a\nimport os\nos.system("echo pwned")',
  'a\rimport os',
  'a\r\nimport os',
  'a\u2028import os',
  'a\u0085import os',
  'a\u0000b',
  'a\u000cb\u000bc',
  '{__import__("os").system("echo pwned")}',
  'f"{__import__(\'os\')}"',
  '\ud800 lone surrogate',
  '\u{1f600} emoji',
  '한국어 제목',
  `long ${'x'.repeat(5000)}`,
];

const X: Dim = { name: 'x', min: -2, max: 6, scale: 'linear' };
const LR: Dim = { name: 'lr', min: -5, max: -1, scale: 'log10' };

/** A benign formula study over x and lr with a probe each script registers. */
function benign(goal: 'maximize' | 'minimize'): ScriptInput {
  const choice = {
    kind: 'formula' as const,
    source: 'sin(3x) + (log10(lr) + 2.5)^2',
    dims: [X, LR],
    goal,
  };
  const objective = resolveObjective(choice) as Objective;
  const settings: StudySettings = {
    ...DEFAULT_SETTINGS,
    objective: choice,
    initDesign: 'lhs',
    noise: 0.1,
  };
  const observations: Observation[] = [{ x: [1, -3], y: 0.5, phase: 'manual' }];
  return { settings, objective, observations };
}

/** The benign study with `payload` in its title, both dimension names, formula and design. */
function hostile(base: ScriptInput, payload: string, where: string): ScriptInput {
  const { settings, objective } = base;
  const choice = settings.objective;
  if (choice.kind !== 'formula') throw new Error('formula study expected');
  if (where === 'title') {
    // A registry title (the formula's own is rebuilt from its syntax tree).
    const registry = { kind: 'registry' as const, id: 'bayes-opt-1d' };
    const o = resolveObjective(registry) as Objective;
    return {
      ...base,
      settings: { ...settings, objective: registry },
      objective: { ...o, title: payload, description: payload },
      observations: [{ x: [1], y: 0.5, phase: 'manual' }],
    };
  }
  if (where === 'names') {
    const dims = [
      { ...X, name: payload },
      { ...LR, name: `${payload}2` },
    ];
    // The formula cannot name such variables; a constant one keeps the script's shape.
    return {
      ...base,
      settings: { ...settings, objective: { ...choice, source: '1 + pi', dims } },
      objective: { ...objective, dims, formula: '1 + pi' },
    };
  }
  if (where === 'formula') {
    // mathjs comments end at '\n' only; what a comment holds is the payload.
    const source = `${choice.source} # ${payload.replace(/\n/g, ' ')}`;
    return {
      ...base,
      settings: { ...settings, objective: { ...choice, source } },
      objective: { ...objective, title: `f(x, lr) = ${source}`, formula: source },
    };
  }
  return {
    ...base,
    settings: { ...settings, initDesign: payload as StudySettings['initDesign'] },
  };
}

// Generated text may hold line feeds and nothing else invisible, so what a reader sees is what runs.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u;

const scriptsOf = (input: ScriptInput) => [bayesOptScript(input), optunaScript(input)];

describe('exported scripts from hostile studies', () => {
  const cases = ['title', 'names', 'formula', 'design'].flatMap((where) =>
    (['maximize', 'minimize'] as const).flatMap((goal) =>
      PAYLOADS.map((payload) => ({ where, goal, payload })),
    ),
  );

  it('hold no invisible or control character but the line feed', () => {
    for (const { where, goal, payload } of cases) {
      for (const script of scriptsOf(hostile(benign(goal), payload, where))) {
        const bad = INVISIBLE.exec(script.replace(/\n/g, ''));
        expect(bad, `${where}: ${JSON.stringify(payload.slice(0, 40))}`).toBeNull();
      }
    }
  });

  it.skipIf(!PYTHON)('parse, with exactly the statements and calls of the benign study', () => {
    const reference = new Map<string, Summary[]>();
    const scripts: string[] = [];
    const expected: Summary[] = [];
    const labels: string[] = [];
    for (const { where, goal, payload } of cases) {
      const key = `${where}/${goal}`;
      if (!reference.has(key)) {
        // The benign twin: same shape, plain text (a plain title, plain names, no comment).
        reference.set(key, summarize(scriptsOf(hostile(benign(goal), 'plain', where))));
      }
      for (const [k, script] of scriptsOf(hostile(benign(goal), payload, where)).entries()) {
        scripts.push(script);
        expected.push((reference.get(key) as Summary[])[k] as Summary);
        labels.push(
          `${key} ${k === 0 ? 'bayes_opt' : 'optuna'}: ${JSON.stringify(payload.slice(0, 40))}`,
        );
      }
    }
    const got = summarize(scripts);
    got.forEach((summary, i) => {
      const want = expected[i] as Summary;
      expect(want.error, 'the benign script parses').toBeUndefined();
      expect(summary, labels[i]).toEqual(want);
    });
    // The reference itself is a real script: imports only numpy and the library, calls no os.
    const [bo] = reference.get('formula/maximize') as Summary[];
    expect(bo?.statements?.filter((s) => s.startsWith('Import'))).toEqual([
      'Import:numpy',
      'ImportFrom:bayes_opt:BayesianOptimization,acquisition',
    ]);
    expect(bo?.calls?.some((c) => /os|system|exec|eval|__import__/.test(c))).toBe(false);
  });
});

describe.skipIf(!PYTHON)('pyString and docText', () => {
  it('read back in Python exactly as written, for every kind of character', () => {
    const texts = [...PAYLOADS.filter((p) => !p.includes('\ud800')), '\\x00\\u2028', '\t\b'];
    const program = `import json\nprint(json.dumps([${texts.map(pyString).join(', ')}]))`;
    const out = execFileSync('python3', ['-c', program], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(texts);
    // Each docstring line is one line of plain text between the quotes.
    const doc = texts.map((t) => docText(t, 100)).join('\n');
    const back = execFileSync('python3', ['-c', `import sys\nsys.stdout.write("""\n${doc}\n""")`], {
      encoding: 'utf8',
    });
    expect(back.split('\n').length).toBe(texts.length + 2);
  });
});
