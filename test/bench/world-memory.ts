// Peak memory of one default world: run in a fresh process by the benchmark, prints the peak RSS in MB.
import { worldBench } from './world-bench.ts';

const preset = (process.argv[2] ?? 'oneshot') as 'oneshot' | 'std';
const baseline = process.resourceUsage().maxRSS / 1024;
worldBench(preset, process.argv[3] ?? 'bench-1');
console.log(JSON.stringify({ baselineMb: baseline, peakMb: process.resourceUsage().maxRSS / 1024 }));
