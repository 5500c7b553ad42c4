import { Command } from 'commander';
import { CATALOG } from '../catalog.ts';
import type { CliIo } from '../cli-io.ts';
import { formatTable } from '../format-table.ts';

/** `scm worlds`: the world presets. */
export function worldsCommand(io: CliIo): Command {
  return new Command('worlds')
    .description('list the world presets')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const rows = [
        ...CATALOG.presets.map((p) => ({
          name: p.name,
          variant: p.variant as string,
          description: p.description,
        })),
        ...CATALOG.factoryPresets.map((p) => ({
          name: p.name,
          variant: 'factory',
          description: p.description,
        })),
      ];
      if (options.json) return io.out(JSON.stringify(rows, null, 2));
      io.out(
        formatTable(
          ['name', 'game', 'description'],
          rows.map((r) => [r.name, r.variant, r.description]),
        ),
      );
    });
}
