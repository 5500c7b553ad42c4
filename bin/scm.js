#!/usr/bin/env node
// The `scm` command: registers tsx so the TypeScript sources (and users' .ts agent files) load with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
