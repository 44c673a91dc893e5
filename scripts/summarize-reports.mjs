// Prints `unit: N passed, N failed` and `e2e: N passed, N failed` from the Vitest and Playwright
// JSON reports. A runner that did not run (an earlier step failed) has no report and counts 0.
import { existsSync, readFileSync } from 'node:fs';

const [unitPath = 'reports/unit.json', e2ePath = 'reports/e2e.json'] = process.argv.slice(2);

function read(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const unit = read(unitPath);
const e2e = read(e2ePath);

const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit?.numFailedTests ?? 0;
const e2ePassed = (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const e2eFailed = e2e?.stats?.unexpected ?? 0;

if (!unit) console.log(`(no unit report at ${unitPath}: the unit tests did not run)`);
if (!e2e) console.log(`(no e2e report at ${e2ePath}: the journeys did not run)`);
console.log(`unit: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed`);
