import { storeBench } from './store-bench.ts';
const reps = Number(process.argv[2] ?? 5);
const t0 = process.cpuUsage();
const r = storeBench('oneshot', 'bench-1', reps);
const cpu = process.cpuUsage(t0);
console.log(JSON.stringify({ ...r, storeExtra: (r.storeMs / r.noStoreMs - 1).toFixed(3), offersExtra: (r.storeOffersMs / r.noStoreMs - 1).toFixed(3), cpuS: (cpu.user + cpu.system) / 1e6 }));
