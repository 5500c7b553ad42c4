import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A message from a worker: ready after setup, a result, or a failure of one job. */
export type WorkerReply<R> =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: R }
  | { readonly type: 'error'; readonly id: number | null; readonly message: string };

// Workers load TypeScript entries through tsx, whichever way the parent was started (tsx, vitest, node).
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((m) => { m.register(); return import(workerData.entry); });
`;

/** URL of tsx's ESM register API (its `import` export: the CommonJS one cannot be imported). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

/**
 * Runs jobs on `size` worker threads, each started on `entry` (a TypeScript module URL that answers
 * `{ id, job }` messages with WorkerReply messages). Results are handed to `onResult` in the main thread
 * as they arrive, so one writer stores them. Rejects on the first job failure, after stopping every worker.
 */
export async function runOnWorkers<J, R>(options: {
  readonly entry: URL;
  readonly size: number;
  readonly workerData: unknown;
  readonly jobs: readonly J[];
  readonly onResult: (result: R, job: J) => void;
}): Promise<void> {
  const { jobs } = options;
  if (jobs.length === 0) return;
  const tsxApi = tsxEsmApi();
  const size = Math.max(1, Math.min(options.size, jobs.length));
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: Error): void => {
        if (failed) return;
        failed = true;
        reject(err);
      };
      const feed = (w: Worker): void => {
        if (next >= jobs.length) return;
        const id = next++;
        w.postMessage({ id, job: jobs[id] });
      };
      for (let k = 0; k < size; k++) {
        const w = new Worker(BOOTSTRAP, {
          eval: true,
          workerData: { tsxApi, entry: options.entry.href, data: options.workerData },
        });
        workers.push(w);
        w.on('message', (reply: WorkerReply<R>) => {
          if (failed) return;
          // Two jobs in flight per worker: it starts the next as soon as it posts a result, even while
          // this thread is still storing an earlier one.
          if (reply.type === 'ready') {
            feed(w);
            return feed(w);
          }
          if (reply.type === 'error') return fail(new Error(reply.message));
          feed(w);
          try {
            options.onResult(reply.result, jobs[reply.id] as J);
          } catch (err: unknown) {
            return fail(err instanceof Error ? err : new Error(String(err)));
          }
          done++;
          if (done === jobs.length) resolve();
        });
        w.on('error', (err) => fail(err));
        w.on('exit', (code) => {
          if (code !== 0 && done < jobs.length)
            fail(new Error(`a tournament worker stopped with exit code ${code}`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
