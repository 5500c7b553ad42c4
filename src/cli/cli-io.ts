/** Where the command line writes: standard output for results, standard error for messages. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output is a terminal (progress bars, colours). */
  readonly isTty: boolean;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTty: process.stdout.isTTY === true,
  };
}

/** An io that collects everything written (tests). */
export function memoryIo(): CliIo & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), isTty: false };
}
