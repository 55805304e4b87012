import { createTwoFilesPatch } from 'diff'

/**
 * A unified diff in git's a/ b/ form, so a reviewer reads it as they will read
 * the pull request. A new file diffs against /dev/null, as git shows it.
 */
export function diffMinutes(path: string, before: string | null, after: string): string {
  return createTwoFilesPatch(before === null ? '/dev/null' : `a/${path}`, `b/${path}`, before ?? '', after, undefined, undefined, {
    context: 3,
  })
}
