import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportMinutes } from './export-minutes'
import { BaseBranchNotFoundError, BaseChangedError, NothingToExportError } from './export-errors'
import type { ExportMinutesInput } from './export-input'
import { runGit, runGitText } from './git/run-git'
import { previewExport } from './preview-export'
import { minutesExportInput, startGitHubHarness, startLocalGitHarness, type ExportHarness } from './testing/export-harness'

const imageName = '0f8fad5b-d9cb-469f-a165-70867728950e.png'
const imageBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128, 7])
const markdown = '# IaaS — 2024-07-24\n\n- Ärger über Umlaute: keiner\n- ![diagram](0f8fad5b-d9cb-469f-a165-70867728950e.png)\n'

let meetingCounter = 0
function exportInput(h: ExportHarness, overrides: Partial<ExportMinutesInput> = {}): ExportMinutesInput {
  return minutesExportInput(h.repo, `meeting-${meetingCounter}`, {
    markdown,
    images: [{ name: imageName, bytes: imageBytes }],
    commitMessage: 'IaaS minutes 2024-07-24',
    ...overrides,
  })
}

const git = (h: ExportHarness, ...args: string[]) => runGitText(h.gitDir, args)
const gitBytes = async (h: ExportHarness, ...args: string[]) => new Uint8Array(await runGit(h.gitDir, args))

describe.each([
  ['the GitHub emulator', startGitHubHarness],
  ['a local git repository', startLocalGitHarness],
])('exporting to %s', (_name, start) => {
  let h: ExportHarness
  beforeEach(async () => {
    h = await start()
    meetingCounter++
  })
  afterEach(() => h.close())

  it('commits the file and its images once, as the user, signed off, on a new branch, and opens a pull request', async () => {
    const base = await git(h, 'rev-parse', 'main')
    const result = await exportMinutes(h.transport, exportInput(h))

    expect(result).toMatchObject({ branch: 'minutes/iaas-20240724', committed: true, created: true, fork: false, headOwner: 'acme' })
    expect(result.pr.state).toBe('open')
    expect(await git(h, 'rev-parse', result.branch)).toBe(result.commitSha)
    expect(await git(h, 'rev-list', '--count', `main..${result.branch}`)).toBe('1')
    expect(await git(h, 'rev-parse', `${result.branch}^`)).toBe(base)
    expect(await gitBytes(h, 'show', `${result.branch}:iaas/20240724.md`)).toEqual(new TextEncoder().encode(markdown))
    expect(await gitBytes(h, 'show', `${result.branch}:iaas/${imageName}`)).toEqual(imageBytes)
    expect(await git(h, 'show', `${result.branch}:iaas/20240717.md`)).toBe('# IaaS 2024-07-17')
    expect(await git(h, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', result.branch)).toBe(
      'Mona Lisa <mona@example.com>|Mona Lisa <mona@example.com>',
    )
    expect(await git(h, 'log', '-1', '--format=%B', result.branch)).toBe('IaaS minutes 2024-07-24\n\nSigned-off-by: Mona Lisa <mona@example.com>')
    expect(await git(h, 'log', '-1', '--format=%(trailers:key=Signed-off-by,valueonly)', result.branch)).toBe('Mona Lisa <mona@example.com>')
    expect(await git(h, 'rev-parse', 'main')).toBe(base)
    expect(await h.pullCount()).toBe(1)
  })

  it('leaves the trailer out when the series does not require DCO', async () => {
    const result = await exportMinutes(h.transport, exportInput(h, { dco: false }))
    expect(await git(h, 'log', '-1', '--format=%B', result.branch)).toBe('IaaS minutes 2024-07-24')
  })

  it('adds one commit to the same branch and pull request on a second export, and none when nothing changed', async () => {
    const first = await exportMinutes(h.transport, exportInput(h))
    const edited = `${markdown}- one more point\n`
    const second = await exportMinutes(h.transport, exportInput(h, { markdown: edited, previous: { branch: first.branch, prNumber: first.pr.number, headOwner: first.headOwner } }))

    expect(second).toMatchObject({ branch: first.branch, committed: true, created: false, pr: { number: first.pr.number, state: 'open' } })
    expect(await git(h, 'rev-list', '--count', `main..${first.branch}`)).toBe('2')
    expect(await git(h, 'rev-parse', `${second.commitSha}^`)).toBe(first.commitSha)
    expect(await git(h, 'show', `${first.branch}:iaas/20240724.md`)).toBe(edited.trimEnd())

    const third = await exportMinutes(h.transport, exportInput(h, { markdown: edited }))
    expect(third).toMatchObject({ branch: first.branch, committed: false, commitSha: second.commitSha, created: false, pr: { number: first.pr.number } })
    expect(await git(h, 'rev-list', '--count', `main..${first.branch}`)).toBe('2')
    expect(await h.pullCount()).toBe(1)
  })

  it('starts a new branch and pull request once the previous one was merged', async () => {
    const first = await exportMinutes(h.transport, exportInput(h))
    await h.mergePull(first.pr.number)
    const afterMerge = `${markdown}- correction after the merge\n`
    const second = await exportMinutes(h.transport, exportInput(h, { markdown: afterMerge, previous: { branch: first.branch, prNumber: first.pr.number, headOwner: first.headOwner } }))

    expect(second).toMatchObject({ branch: 'minutes/iaas-20240724-2', committed: true, created: true })
    expect(second.pr.number).not.toBe(first.pr.number)
    expect(await git(h, 'rev-list', '--count', `main..${second.branch}`)).toBe('1')
    expect(await git(h, 'show', `${second.branch}:iaas/20240724.md`)).toBe(afterMerge.trimEnd())
    expect(await git(h, 'rev-parse', first.branch)).toBe(first.commitSha)
    expect(await h.pullCount()).toBe(2)
  })

  it('starts a new branch after the previous pull request was closed unmerged', async () => {
    const first = await exportMinutes(h.transport, exportInput(h))
    await h.closePull(first.pr.number)
    const second = await exportMinutes(h.transport, exportInput(h))
    expect(second).toMatchObject({ branch: 'minutes/iaas-20240724-2', created: true })
    expect(await h.pullCount()).toBe(2)
  })

  it('makes one pull request and one commit when the export is clicked twice at once', async () => {
    const input = exportInput(h)
    const [a, b] = await Promise.all([exportMinutes(h.transport, input), exportMinutes(h.transport, input)])
    expect(a.pr.number).toBe(b.pr.number)
    expect([a.created, b.created].sort()).toEqual([false, true])
    expect(await git(h, 'rev-list', '--count', `main..${a.branch}`)).toBe('1')
    expect(await h.pullCount()).toBe(1)
  })

  it('stops with the new diff when the file changed on the base branch since the preview, and exports once confirmed', async () => {
    await h.pushTo('main', { 'iaas/20240724.md': '# IaaS\n\nstarted elsewhere\n' })
    const preview = await previewExport(h.transport, { ...exportInput(h), lintFindings: [{ rule: 'MD001' }] })
    expect(preview).toMatchObject({ path: 'iaas/20240724.md', existing: '# IaaS\n\nstarted elsewhere\n', unchanged: false, lintFindings: [{ rule: 'MD001' }] })
    expect(preview.diff).toContain('--- a/iaas/20240724.md')
    expect(preview.diff).toContain('-started elsewhere')

    // Unrelated pushes to the base do not make the user look again…
    await h.pushTo('main', { 'README.md': '# Minutes of the team\n' })
    // …an edit to the minutes file does.
    const newBase = await h.pushTo('main', { 'iaas/20240724.md': '# IaaS\n\nedited again elsewhere\n' })
    const stale = exportMinutes(h.transport, exportInput(h, { expectedBaseSha: preview.baseSha }))
    const error = await stale.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BaseChangedError)
    const changed = error as BaseChangedError
    expect(changed.baseSha).toBe(newBase)
    expect(changed.existing).toBe('# IaaS\n\nedited again elsewhere\n')
    expect(changed.diff).toContain('-edited again elsewhere')
    expect(changed.toResponse()).toMatchObject({ code: 'base-changed', retryable: false, baseSha: newBase })
    expect(await runGit(h.gitDir, ['rev-parse', '--verify', '--quiet', 'refs/heads/minutes/iaas-20240724']).catch(() => null)).toBeNull()

    const confirmed = await exportMinutes(h.transport, exportInput(h, { expectedBaseSha: changed.baseSha }))
    expect(await git(h, 'rev-parse', `${confirmed.branch}^`)).toBe(newBase)
  })

  it('previews a new file against /dev/null, and an unchanged one as unchanged', async () => {
    const fresh = await previewExport(h.transport, exportInput(h))
    expect(fresh.existing).toBeNull()
    expect(fresh.diff).toContain('--- /dev/null')
    expect(fresh.diff).toContain('+++ b/iaas/20240724.md')
    expect(fresh.baseSha).toBe(await git(h, 'rev-parse', 'main'))

    const same = await previewExport(h.transport, { ...exportInput(h), fileName: '20240717.md', markdown: '# IaaS 2024-07-17\n' })
    expect(same.unchanged).toBe(true)
  })

  it('refuses a base branch that does not exist, and an export that would change nothing', async () => {
    await expect(exportMinutes(h.transport, exportInput(h, { baseBranch: 'trunk' }))).rejects.toBeInstanceOf(BaseBranchNotFoundError)
    await expect(
      exportMinutes(h.transport, exportInput(h, { fileName: '20240717.md', markdown: '# IaaS 2024-07-17\n', images: [] })),
    ).rejects.toBeInstanceOf(NothingToExportError)
    expect(await h.pullCount()).toBe(0)
  })

  it('keeps two meetings of one folder and day on branches of their own, through exports and merges', async () => {
    const morning = exportInput(h, { meetingId: `${meetingCounter}-am`, images: [] })
    const evening = exportInput(h, { meetingId: `${meetingCounter}-pm`, fileName: '20240724-2.md', markdown: '# Evening\n', images: [] })
    const am = await exportMinutes(h.transport, morning)
    const pm = await exportMinutes(h.transport, evening)
    expect([am.branch, pm.branch]).toEqual(['minutes/iaas-20240724', 'minutes/iaas-20240724-2'])
    expect(pm.pr.number).not.toBe(am.pr.number)

    await h.mergePull(am.pr.number)
    const amAgain = await exportMinutes(h.transport, { ...morning, markdown: `${markdown}- late addition\n` })
    expect(amAgain).toMatchObject({ branch: 'minutes/iaas-20240724-3', created: true })
    const pmAgain = await exportMinutes(h.transport, { ...evening, markdown: '# Evening, edited\n' })
    expect(pmAgain).toMatchObject({ branch: pm.branch, created: false, pr: { number: pm.pr.number } })
    expect(await git(h, 'diff', '--name-only', `main...${pm.branch}`)).toBe('iaas/20240724-2.md')
    expect(await h.pullCount()).toBe(3)
  })

  it('names branches for nested folders and writes the file where the folder says', async () => {
    const result = await exportMinutes(h.transport, exportInput(h, { folder: 'teams/iaas', images: [] }))
    expect(result.branch).toBe('minutes/teams-iaas-20240724')
    expect(await git(h, 'show', `${result.branch}:teams/iaas/20240724.md`)).toBe(markdown.trimEnd())
  })
})
