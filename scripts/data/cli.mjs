#!/usr/bin/env node
// Node 20 cannot run TypeScript by itself: Vite's module runner (already a dependency) loads
// main.ts with the same transforms as the app, so the CLI imports the app's schemas as they are.
// See docs/decisions/017-data-cli.md.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
// npm runs scripts in the project folder; file names on the command line are meant from where
// the maintainer typed them.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const { module } = await runnerImport(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'silent',
  root,
});
const code = await module.runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exitCode = code;
