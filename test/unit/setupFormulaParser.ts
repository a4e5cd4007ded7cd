// The app loads the formula parser on first need (src/objectives/formulaParser.ts); unit tests
// call compileFormula directly, so it is there before any test runs.
import { loadFormulaParser } from '../../src/objectives/formulaParser.ts';

await loadFormulaParser();
