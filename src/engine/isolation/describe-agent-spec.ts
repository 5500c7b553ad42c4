import { AgentWorker } from './agent-worker.ts';
import { type AgentTypeInfo, errorFromData } from './isolation-protocol.ts';
import { wallMs } from './wall-clock.ts';

/**
 * The name, description and worlds of the agent type a spec names, learnt by loading it in a worker
 * thread, so that an untrusted file's top-level code never runs in this thread (a planner needs the name
 * before any world runs). Blocks up to `loadMs`; throws what loading threw, or when the worker stops or
 * runs out of time.
 */
export function describeAgentSpec(
  spec: string,
  options: {
    readonly builtins?: { readonly module: URL; readonly exportName: string };
    readonly memoryMb?: number;
    readonly loadMs?: number;
  } = {},
): AgentTypeInfo {
  const loadMs = options.loadMs ?? 60_000;
  const worker = new AgentWorker({
    spec,
    builtins:
      options.builtins === undefined
        ? null
        : { module: options.builtins.module.href, exportName: options.builtins.exportName },
    memoryMb: options.memoryMb ?? 512,
    spins: 0,
    sliceMs: 20,
  });
  try {
    const got = worker.awaitLoaded(wallMs() + loadMs);
    if (got === null && worker.type !== null) return worker.type;
    if (got !== null && 'reply' in got && got.reply.t === 'throw') throw errorFromData(got.reply.error);
    throw new Error(
      got !== null && 'failed' in got && got.failed === 'timeout'
        ? `agent ${spec} did not load within ${loadMs} ms`
        : `agent ${spec} stopped its worker while loading (most likely at its memory limit)`,
    );
  } finally {
    worker.close();
  }
}
