/** A failure the operator can act on: printed without a stack trace. Exit 2 = usage, 1 = failure. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
