import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, type TransferListItem, Worker } from 'node:worker_threads';
import { SLOT, TO_MAIN } from './sync-channel.ts';

// The trick of src/tournament/worker-pool.ts: an eval'd CommonJS script registers tsx, then imports the
// TypeScript entry. It first marks the thread as booted; a failure to start is reported as the entry would.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const control = new Int32Array(workerData.control);
Atomics.store(control, ${SLOT.BOOTED}, 1);
import(workerData.tsxApi)
  .then((m) => { m.register(); return import(workerData.entry); })
  .catch((err) => {
    const message = 'the agent worker did not start: ' + (err && err.message ? err.message : String(err));
    workerData.port.postMessage({ t: 'throw', error: { name: 'Error', message } });
    Atomics.store(control, ${SLOT.TURN}, ${TO_MAIN});
    Atomics.notify(control, ${SLOT.TURN});
  });
`;

let tsxApi: string | null = null;

/** URL of tsx's ESM register API (its `import` export: the CommonJS one cannot be imported). */
function tsxEsmApi(): string {
  if (tsxApi !== null) return tsxApi;
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  tsxApi = pathToFileURL(join(dirname(manifest), entry)).href;
  return tsxApi;
}

/**
 * Starts a worker thread on a TypeScript entry, whichever way the parent was started (tsx, vitest, node).
 * `workerData` must hold the control buffer as `control` and the worker's port as `port`. The worker is
 * unreferenced: it never keeps the process alive.
 */
export function startAgentWorker(options: {
  readonly entry: URL;
  readonly workerData: { readonly control: SharedArrayBuffer; readonly port: TransferListItem } & object;
  readonly resourceLimits: ResourceLimits;
}): Worker {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { ...options.workerData, tsxApi: tsxEsmApi(), entry: options.entry.href },
    transferList: [options.workerData.port],
    resourceLimits: options.resourceLimits,
  });
  worker.unref();
  return worker;
}
