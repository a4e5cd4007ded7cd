/** Bad input to the headless CLI: exit code 2 and {"error": "..."} naming the field (DESIGN.md). */
export class CliInputError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
    this.name = 'CliInputError';
  }
}
