/**
 * `npm test`'s first step: the typecheck and lint at the same time (decision 024). The typecheck
 * (TypeScript 7, decision 038) takes ~3 s, ESLint ~16 s; side by side the step is as long as the
 * lint. Their output is kept apart and printed whole, one after the other; the step fails if
 * either fails.
 */
import { spawn } from 'node:child_process';

// The npm scripts of the same names, so each command is written once (package.json).
const checks = ['typecheck', 'lint'];

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', name], { shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(checks.map(run));
for (const { name, code, output, seconds } of results) {
  console.log(`${code === 0 ? '✓' : '✗'} ${name} (${seconds.toFixed(1)} s)`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
