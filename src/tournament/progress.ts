/** Reports progress: a redrawn bar with ETA on a terminal, plain lines otherwise. */
export interface Progress {
  tick(label: string): void;
  finish(): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A progress reporter for `total` items, already `alreadyDone` of them done; time read from `now` (ms). */
export function createProgress(options: {
  total: number;
  alreadyDone: number;
  tty: boolean;
  write: (text: string) => void;
  now: () => number;
}): Progress {
  const started = options.now();
  let done = options.alreadyDone;
  let playedHere = 0;
  return {
    tick(label) {
      done++;
      playedHere++;
      const elapsed = (options.now() - started) / 1000;
      const eta = (elapsed / playedHere) * (options.total - done);
      if (options.tty) {
        const width = 30;
        const filled = Math.round((width * done) / Math.max(1, options.total));
        options.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${options.total} ETA ${clock(eta)} ${label}`.padEnd(
            80,
          ),
        );
      } else {
        options.write(
          `world ${done}/${options.total} ${label} (elapsed ${clock(elapsed)}, ETA ${clock(eta)})\n`,
        );
      }
    },
    finish() {
      if (options.tty) options.write('\n');
    },
  };
}
