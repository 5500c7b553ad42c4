// `npm start`: the main job on the embedded default. A default OneShot world with the league's fillers
// and one of each other OneShot built-in, stored in runs/scm.sqlite, printed as a ranked table.
import { CATALOG } from './catalog.ts';
import { runCli } from './main.ts';

// Every OneShot built-in once (the fillers included); any further factories get random fillers.
const everyOneShotAgent = CATALOG.agents.filter((a) => a.worlds.includes('oneshot')).map((a) => a.name);
process.exitCode = await runCli([
  'run',
  'oneshot',
  '--seed',
  'scm-league',
  '--agents',
  everyOneShotAgent.join(','),
  ...process.argv.slice(2),
]);
