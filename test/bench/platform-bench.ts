// How much this machine itself gains from a second core, as the ceiling for the tournament's speedup:
// the same fixed work on two worker threads, once pinned to one CPU and once free to use them all. One
// kind of work only computes; the other allocates short-lived objects as a world does, and so also
// shares the collector's threads and the memory bus.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { median } from './median.ts';

export type PlatformWork = 'compute' | 'allocate';

const WORK: Readonly<Record<PlatformWork, string>> = {
  compute: `let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) % 1000003;`,
  allocate: `let keep = []; for (let i = 0; i < 3e6; i++) {
      keep.push({ quantity: i, deliveryDay: [i, i + 1], unitPrice: 'p' + (i % 997) });
      if (keep.length > 100000) keep = [];
    }`,
};

/** Milliseconds for two threads to do `work` each, in this process. */
async function twoThreads(work: PlatformWork): Promise<number> {
  const started = performance.now();
  await Promise.all(
    [0, 1].map(
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(WORK[work], { eval: true });
          w.on('error', reject);
          w.on('exit', () => resolve());
        }),
    ),
  );
  return performance.now() - started;
}

/** Milliseconds for two threads of `work` in a fresh process, pinned to one CPU or not. */
function measure(work: PlatformWork, oneCore: boolean): number {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), work];
  const child = oneCore
    ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`platform bench failed: ${child.stderr}`);
  return Number(child.stdout.trim().split('\n').at(-1));
}

/** One core against all cores for `work`: the median ratio of three interleaved rounds. */
export function platformSpeedup(work: PlatformWork, pinned: boolean): number {
  return median([1, 2, 3].map(() => measure(work, pinned) / measure(work, false)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = process.argv[2] === 'compute' ? 'compute' : 'allocate';
  console.log(String(await twoThreads(work)));
}
