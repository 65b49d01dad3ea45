/**
 * `npm run demo` must keep working: scripts/demo.mjs (run after the build `npm test` does)
 * compiles fixtures/demo through tspc with the transformer and runs it, then compiles the
 * broken copy and shows tsenum's diagnostics. It exits 0 only when both behave.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function runDemo(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/demo.mjs')], {
      cwd: repoRoot,
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('npm run demo: the program compiles with the transformer and runs, the broken copy fails', async () => {
  const { code, output } = await runDemo();
  expect(output).toMatch(/Status\.SETTLED === Status\.COMPLETED +true/);
  expect(output).toMatch(/Status\.of\(10\) +<Status\.COMPLETED: 10>/);
  expect(output).toContain('pay-1: already COMPLETED, not charged again');
  expect(output).toContain('<Perm.R|W: 3>');
  expect(output).toContain('<HttpStatus.NOT_FOUND: 404>');
  expect(output).toMatch(/validate\(10\) +\{ value: <Status\.COMPLETED: 10> \}/);
  expect(output).toContain("{ issues: [ { message: '5 is not a valid Status' } ] }");
  expect(output).toContain('{"type":"integer","enum":[1,2,10,20,99]}');
  expect(output).toContain(
    "broken/payment.ts(10,19): error TS24001: 'REFUNDED' already defined as 20 (in Status.REFUNDED)",
  );
  expect(output).toContain(
    "broken/http.ts(9,19): error TS24008: duplicate values found in <enum 'HttpStatus'>: GONE -> NOT_FOUND",
  );
  expect(output).toContain('The build failed, as it should');
  expect(output).not.toContain('FAILED:');
  expect(code, output).toBe(0);
}, 120_000);
