// A @web/test-runner reporter that writes how many tests passed and failed, so that
// scripts/test.js can print the plain closing line CI reads.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0, sessionErrors: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        // An error outside a test (a failed import, an uncaught exception) fails its file.
        if (session.errors?.length) totals.sessionErrors++;
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
