/** Whether the tests can run python3 here (a test helper, not app code). */
import { execFileSync } from 'node:child_process';

/** True when python3 runs `code` (by default, imports what the script checks need). */
export function hasPython(code = 'import ast, json'): boolean {
  try {
    execFileSync('python3', ['-c', code], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
