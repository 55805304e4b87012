#!/usr/bin/env node
// Adds up the JSON reports of every runner into one closing line,
// "N passed, N failed", and fails if any step failed.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [dir, ...failedSteps] = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  let p, f, s
  if ('numPassedTests' in report) {
    // vitest
    p = report.numPassedTests
    f = report.numFailedTests
    s = report.numPendingTests + (report.numTodoTests ?? 0)
  } else {
    // playwright
    p = report.stats.expected + report.stats.flaky
    f = report.stats.unexpected
    s = report.stats.skipped
  }
  console.log(`${file.replace(/\.json$/, '').padEnd(16)} ${p} passed, ${f} failed, ${s} skipped`)
  passed += p
  failed += f
  skipped += s
}
for (const step of failedSteps) console.log(`step failed: ${step}`)
console.log(`${passed} passed, ${failed + failedSteps.length} failed, ${skipped} skipped`)
process.exit(failed > 0 || failedSteps.length > 0 || passed === 0 ? 1 : 0)
