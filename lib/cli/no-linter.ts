import type * as LintFiles from './lint-files'

/**
 * What the bundle for `normalize` has in place of lint-files.ts (see
 * bin/build-bundle.cjs): the launcher runs no other command with it.
 */
const leftOut = (): never => {
  throw new Error('live-minutes: this bundle is for normalize and has no linter')
}

export const lintFiles: typeof LintFiles.lintFiles = leftOut
export const warmUpLint: typeof LintFiles.warmUpLint = leftOut
