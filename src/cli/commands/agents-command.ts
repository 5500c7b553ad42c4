import { Command } from 'commander';
import { CATALOG } from '../catalog.ts';
import type { CliIo } from '../cli-io.ts';
import { formatTable } from '../format-table.ts';

/** `scm agents`: the built-in agents with the worlds they run in. */
export function agentsCommand(io: CliIo): Command {
  return new Command('agents')
    .description('list the built-in agents')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const fillers = new Set([
        ...CATALOG.fillers.oneshot,
        ...CATALOG.fillers.std,
        ...CATALOG.factoryFillers,
      ]);
      const rows = [
        ...CATALOG.agents.map((a) => ({
          name: a.name,
          worlds: a.worlds as readonly string[],
          description: a.description,
        })),
        ...CATALOG.factoryAgents.map((a) => ({
          name: a.name,
          worlds: ['factory'],
          description: a.description,
        })),
      ].map((r) => ({ ...r, filler: fillers.has(r.name) }));
      if (options.json) return io.out(JSON.stringify(rows, null, 2));
      io.out(
        formatTable(
          ['name', 'worlds', 'filler', 'description'],
          rows.map((r) => [r.name, r.worlds.join(','), r.filler ? 'yes' : '', r.description]),
        ),
      );
    });
}
