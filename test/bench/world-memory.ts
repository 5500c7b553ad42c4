// Peak memory of one default world: run in a fresh process by the benchmark, prints the peak RSS in MB.
import { factoryBench } from './factory-bench.ts';
import { worldBench } from './world-bench.ts';

const preset = (process.argv[2] ?? 'oneshot') as 'oneshot' | 'std' | 'factory';
const seed = process.argv[3] ?? 'bench-1';
const baseline = process.resourceUsage().maxRSS / 1024;
if (preset === 'factory') factoryBench(seed);
else worldBench(preset, seed);
console.log(JSON.stringify({ baselineMb: baseline, peakMb: process.resourceUsage().maxRSS / 1024 }));
