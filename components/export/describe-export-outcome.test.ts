import { describe, expect, it } from 'vitest'
import { describeExportOutcome } from './describe-export-outcome'
import type { ExportResultJson } from './export-types'

const result: ExportResultJson = {
  branch: 'minutes/iaas-20240724',
  commitSha: 'abc1234def5678',
  committed: true,
  pr: { number: 3, url: 'https://github.example/acme/minutes/pull/3', state: 'open' },
  headOwner: 'acme',
  fork: false,
  created: true,
}
const local = { local: true, repository: '/srv/minutes.git' }
const github = { local: false, repository: 'acme/minutes' }

describe('describeExportOutcome', () => {
  it('speaks of the branch and commit of the local repository, never of a pull request', () => {
    const sentences = [
      describeExportOutcome(result, local),
      describeExportOutcome({ ...result, created: false }, local),
      describeExportOutcome({ ...result, committed: false, created: false }, local),
    ]
    expect(sentences).toEqual([
      'Committed to branch minutes/iaas-20240724 of the local repository (commit abc1234)',
      'Added a commit to branch minutes/iaas-20240724 of the local repository (commit abc1234)',
      'Nothing changed since the last export — branch minutes/iaas-20240724 of the local repository is up to date (commit abc1234)',
    ])
    for (const sentence of sentences) expect(sentence).not.toMatch(/pull request|#3/)
  })

  it('names the pull request on GitHub, and the fork it comes from', () => {
    expect(describeExportOutcome(result, github)).toBe('Opened pull request #3')
    expect(describeExportOutcome({ ...result, fork: true, headOwner: 'mona' }, github)).toBe('Opened pull request #3 from your fork mona/minutes')
    expect(describeExportOutcome({ ...result, created: false }, github)).toBe('Added a commit to pull request #3')
    expect(describeExportOutcome({ ...result, committed: false }, github)).toBe('Nothing changed since the last export — pull request #3 is up to date')
  })
})
