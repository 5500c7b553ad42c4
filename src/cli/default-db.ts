/** The run store commands use when none is named (the default of `scm run --db`). */
export const DEFAULT_DB = 'runs/scm.sqlite';
