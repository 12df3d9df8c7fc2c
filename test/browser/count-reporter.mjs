// A web-test-runner reporter that writes the closing tally: tests passed and failed, counting a
// test file that failed to load (or threw outside its tests) as one failure. The runner's own
// summary sits inside a progress-bar line and misses such files.
import { writeFileSync } from 'node:fs';

function tally(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) tally(child, counts);
}

export function countReporter({ outFile } = {}) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: [] };
      for (const session of sessions) {
        const before = counts.failed;
        tally(session.testResults, counts);
        const loadFailed = session.errors.length > 0 || (session.passed === false && counts.failed === before);
        if (loadFailed) {
          counts.failed++;
          counts.files.push({ file: session.testFile, errors: session.errors.map((e) => e.message) });
        }
      }
      if (outFile) writeFileSync(outFile, JSON.stringify(counts));
      for (const { file, errors } of counts.files) console.error(`failed to run: ${file}\n  ${errors.join('\n  ')}`);
      console.info(`browser tests: ${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
