/**
 * An error the command line reports as a message, with its exit code: 2 for bad usage or bad input,
 * 1 for a run that failed. Anything else is a bug and gets a stack trace only with --debug.
 */
export class CliError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
