// Preview and export of a meeting end to end below the routes: a real database
// (SQLite, or PostgreSQL with TEST_DATABASE_URL), the stored Yjs document, and
// real git, both the embedded default's local repository and the GitHub
// emulator's bare repositories.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitFiles } from '../../e2e/support/github-emulator/commit-files'
import { startGitHubEmulator, type GitHubEmulator } from '../../e2e/support/github-emulator/start-github-emulator'
import { markdownToYUpdate } from '../../lib/markdown'
import { builtInTemplate } from '../../lib/series/built-in-templates'
import { PrismaDocStore } from '../collab/prisma-doc-store'
import { createTestDatabase, type TestDatabase } from '../db/test-database'
import { loadExportConfig } from '../export/export-config'
import { BaseChangedError, NoSeriesError, PrivateRepoScopeError, TokenInvalidError } from '../export/export-errors'
import { ensureLocalRepository } from '../export/git/ensure-local-repository'
import { resolveCommit } from '../export/git/resolve-commit'
import { runGit, runGitText } from '../export/git/run-git'
import { createSeries } from '../series/create-series'
import { createSeriesMeeting } from '../series/create-series-meeting'
import { updateSeries } from '../series/update-series'
import { exportMeeting } from './export-meeting'
import { previewMeetingExport } from './preview-meeting-export'
import { readMeetingMarkdown } from './read-meeting-markdown'
import { refreshPullState } from './refresh-pull-state'

let t: TestDatabase
let store: PrismaDocStore
let dir: string
let mona: { id: string; login: string; name: string }
beforeAll(async () => {
  t = await createTestDatabase()
  store = new PrismaDocStore(t.db)
  dir = await mkdtemp(join(tmpdir(), 'export-meeting-'))
  mona = await t.db.user.create({ data: { login: 'mona', name: 'Mona Lisa', email: 'mona@example.com' } })
})
afterAll(async () => {
  await t.drop()
  await rm(dir, { recursive: true, force: true })
})

const template = builtInTemplate('default')!.markdown

async function rewrite(meetingId: string, markdown: string) {
  await t.db.docUpdate.deleteMany({ where: { meetingId } })
  await t.db.docSnapshot.deleteMany({ where: { meetingId } })
  await store.append(meetingId, markdownToYUpdate(markdown))
}

describe('the embedded default: a local repository under data/', () => {
  it('is made on first use with the base branch, and left alone after', async () => {
    const repo = join(dir, 'data', 'minutes.git')
    await ensureLocalRepository(repo, 'main', { ownedByApp: true })
    const first = await resolveCommit(repo, 'refs/heads/main')
    expect(await runGitText(repo, ['show', 'main:README.md'])).toMatch(/^# Minutes/)
    await ensureLocalRepository(repo, 'main', { ownedByApp: true })
    expect(await resolveCommit(repo, 'refs/heads/main')).toBe(first)
    // A second series with another base branch gets its own start.
    await ensureLocalRepository(repo, 'minutes', { ownedByApp: true })
    expect(await resolveCommit(repo, 'refs/heads/minutes')).not.toBeNull()
    expect(await resolveCommit(repo, 'refs/heads/main')).toBe(first)
  })

  it("makes a configured repository that does not exist yet, but never adds branches to the team's own", async () => {
    const repo = join(dir, 'configured.git')
    await ensureLocalRepository(repo, 'main', { ownedByApp: false })
    expect(await resolveCommit(repo, 'refs/heads/main')).not.toBeNull()
    await ensureLocalRepository(repo, 'release', { ownedByApp: false })
    expect(await resolveCommit(repo, 'refs/heads/release')).toBeNull()
  })
})

describe('export to the local repository', () => {
  const localRepo = () => join(dir, 'local.git')
  const settings = () => ({ config: loadExportConfig({ EXPORT_LOCAL_REPO: localRepo() }), githubToken: null, userId: null })

  it('previews the file, the diff and the lint findings, then commits exactly the stored minutes and records the PR', async () => {
    await ensureLocalRepository(localRepo(), 'main', { ownedByApp: false })
    const series = await createSeries(t.db, mona.id, { name: 'Team IaaS', folder: 'iaas', template })
    await updateSeries(t.db, series.id, {})
    await t.db.series.update({ where: { id: series.id }, data: { requireDco: true, prBodyPattern: 'Who: {{participants}}\nAgenda:\n{{agenda}}\nLive: {{link}}' } })
    const meeting = await createSeriesMeeting(t.db, store, series.id, mona, { date: '2024-07-24' })
    const markdown = await readMeetingMarkdown(store, meeting.id)

    const preview = await previewMeetingExport(t.db, store, meeting.id, settings())
    expect(preview).toMatchObject({ path: 'iaas/20240724.md', existing: null, markdown, unchanged: false, repository: 'local repository', lintConfig: { source: null } })
    expect(preview!.diff).toContain('+++ b/iaas/20240724.md')
    expect(preview!.diff).toContain('+## Participants')
    expect(preview!.html).toContain('<h2>Participants</h2>')
    expect(preview!.local).toBe(true)
    expect(preview!.lintFindings.filter((f) => f.severity === 'error')).toEqual([])

    const result = await exportMeeting(t.db, store, meeting.id, settings(), {
      userId: mona.id,
      expectedBaseSha: preview!.baseSha,
      meetingUrl: `https://minutes.example.org/m/${meeting.id}`,
    })
    expect(result).toMatchObject({ branch: 'minutes/iaas-20240724', committed: true, created: true, fork: false, pr: { number: 1, state: 'open' } })
    expect(await runGitText(localRepo(), ['show', 'minutes/iaas-20240724:iaas/20240724.md'])).toBe(markdown.trimEnd())
    const raw = await runGitText(localRepo(), ['cat-file', 'blob', 'minutes/iaas-20240724:iaas/20240724.md'])
    expect(`${raw}\n`).toBe(markdown)
    const message = await runGitText(localRepo(), ['log', '-1', '--format=%an <%ae>%n%B', 'minutes/iaas-20240724'])
    expect(message).toBe('Mona Lisa <mona@example.com>\nAdd minutes of Team IaaS 2024-07-24\n\nSigned-off-by: Mona Lisa <mona@example.com>')
    expect(await t.db.meeting.findUnique({ where: { id: meeting.id } })).toMatchObject({
      exportBranch: 'minutes/iaas-20240724',
      exportHeadOwner: 'local',
      exportCommitSha: result!.commitSha,
      prNumber: 1,
      prState: 'open',
    })

    // Edit again, export again: a second commit on the same branch, the same proposal.
    await rewrite(meeting.id, `${markdown}\n## Notes\n\n- decided to ship\n`)
    const again = await previewMeetingExport(t.db, store, meeting.id, settings())
    const second = await exportMeeting(t.db, store, meeting.id, settings(), {
      userId: mona.id,
      expectedBaseSha: again!.baseSha,
      meetingUrl: 'x',
    })
    expect(second).toMatchObject({ branch: 'minutes/iaas-20240724', committed: true, created: false, pr: { number: 1 } })
    expect(await runGitText(localRepo(), ['rev-list', '--count', 'main..minutes/iaas-20240724'])).toBe('2')

    // A pasted image the minutes show is committed beside the file; one they no longer show is not.
    const shown = '0f8fad5b-d9cb-469f-a165-70867728950e.png'
    const dropped = '7c9e6679-7425-40de-944b-e07fc1f90ae7.png'
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255])
    for (const fileName of [shown, dropped]) {
      await t.db.meetingImage.create({ data: { fileName, meetingId: meeting.id, contentType: 'image/png', size: png.length, bytes: png, uploadedById: mona.id } })
    }
    await rewrite(meeting.id, `${await readMeetingMarkdown(store, meeting.id)}\n![whiteboard](${shown})\n`)
    const withImage = await exportMeeting(t.db, store, meeting.id, settings(), { userId: mona.id, expectedBaseSha: again!.baseSha, meetingUrl: 'x' })
    expect(withImage).toMatchObject({ committed: true, created: false })
    const blob = await runGit(localRepo(), ['cat-file', 'blob', `minutes/iaas-20240724:iaas/${shown}`])
    expect(new Uint8Array(blob)).toEqual(png)
    expect(await runGitText(localRepo(), ['ls-tree', '--name-only', 'minutes/iaas-20240724', 'iaas/'])).toBe(`iaas/${shown}\niaas/20240724.md`)
    expect(await runGitText(localRepo(), ['rev-list', '--count', 'main..minutes/iaas-20240724'])).toBe('3')

    // Nothing changed since: no commit, the same proposal.
    const third = await exportMeeting(t.db, store, meeting.id, settings(), { userId: mona.id, expectedBaseSha: again!.baseSha, meetingUrl: 'x' })
    expect(third).toMatchObject({ committed: false, created: false, commitSha: withImage!.commitSha })
  })

  it("lints with the target repository's own markdownlint config from the base branch", async () => {
    const repo = join(dir, 'linted.git')
    await ensureLocalRepository(repo, 'main', { ownedByApp: false })
    await commitFiles(repo, { branch: 'main', files: { 'iaas/.markdownlint.json': '{ "MD013": { "line_length": 20 } }' }, message: 'Lint config\n' })
    const series = await createSeries(t.db, mona.id, { name: 'Linted', folder: 'iaas', template })
    const meeting = await createSeriesMeeting(t.db, store, series.id, mona, { date: '2024-08-01' })
    const preview = await previewMeetingExport(t.db, store, meeting.id, { config: loadExportConfig({ EXPORT_LOCAL_REPO: repo }), githubToken: null, userId: null })
    expect(preview!.lintConfig).toEqual({ source: 'iaas/.markdownlint.json' })
    expect(preview!.lintFindings.some((f) => f.rule === 'MD013')).toBe(true)

    await commitFiles(repo, { branch: 'main', files: { 'iaas/.markdownlint.json': '{ nope' }, message: 'Break it\n' })
    const broken = await previewMeetingExport(t.db, store, meeting.id, { config: loadExportConfig({ EXPORT_LOCAL_REPO: repo }), githubToken: null, userId: null })
    expect(broken!.lintConfig.source).toBeNull()
    expect(broken!.lintConfig.problem).toMatch(/iaas\/\.markdownlint\.json could not be read \(not valid JSON\); the format's default rules apply/)
    expect(broken!.lintFindings.some((f) => f.rule === 'MD013')).toBe(false)
  })

  it('stops when the file changed on the base branch since the preview, with the new diff', async () => {
    const repo = join(dir, 'moved.git')
    await ensureLocalRepository(repo, 'main', { ownedByApp: false })
    const config = loadExportConfig({ EXPORT_LOCAL_REPO: repo })
    const series = await createSeries(t.db, mona.id, { name: 'Moved', folder: 'iaas', template })
    const meeting = await createSeriesMeeting(t.db, store, series.id, mona, { date: '2024-09-04' })
    const preview = await previewMeetingExport(t.db, store, meeting.id, { config, githubToken: null, userId: null })
    await commitFiles(repo, { branch: 'main', files: { 'iaas/20240904.md': '# Someone else\n' }, message: 'Behind our back\n' })
    const attempt = exportMeeting(t.db, store, meeting.id, { config, githubToken: null, userId: null }, { userId: mona.id, expectedBaseSha: preview!.baseSha, meetingUrl: 'x' })
    await expect(attempt).rejects.toBeInstanceOf(BaseChangedError)
    await attempt.catch((error: BaseChangedError) => expect(error.diff).toContain('-# Someone else'))
    expect((await t.db.meeting.findUnique({ where: { id: meeting.id } }))!.exportedAt).toBeNull()
  })

  it('learns that the pull request was merged, and locks the meeting when the series says so', async () => {
    const repo = join(dir, 'merged.git')
    await ensureLocalRepository(repo, 'main', { ownedByApp: false })
    const settings = { config: loadExportConfig({ EXPORT_LOCAL_REPO: repo }), githubToken: null, userId: null }
    const locking = await createSeries(t.db, mona.id, { name: 'Locking', folder: 'locking', template, lockAfterMerge: true })
    const open = await createSeries(t.db, mona.id, { name: 'Open', folder: 'open', template })
    const locked = await createSeriesMeeting(t.db, store, locking.id, mona, { date: '2024-10-01' })
    const unlocked = await createSeriesMeeting(t.db, store, open.id, mona, { date: '2024-10-01' })
    expect(await refreshPullState(t.db, store, locked.id, settings)).toEqual({ prState: null, lockedAt: null })
    const first = await exportMeeting(t.db, store, locked.id, settings, { userId: mona.id, meetingUrl: 'x' })
    const second = await exportMeeting(t.db, store, unlocked.id, settings, { userId: mona.id, meetingUrl: 'x' })
    expect(await refreshPullState(t.db, store, locked.id, settings)).toEqual({ prState: 'open', lockedAt: null })

    // Merged by fast-forwarding main over both branches, as a maintainer would.
    const merged = await runGitText(repo, ['merge-tree', '--write-tree', first!.commitSha, second!.commitSha])
    const mergeCommit = await runGitText(repo, ['commit-tree', merged.split('\n')[0]!, '-p', first!.commitSha, '-p', second!.commitSha, '-m', 'Merge'])
    await runGit(repo, ['update-ref', 'refs/heads/main', mergeCommit])
    const state = await refreshPullState(t.db, store, locked.id, settings)
    expect(state?.prState).toBe('merged')
    expect(state?.lockedAt).toBeInstanceOf(Date)
    expect(await t.db.meeting.findUnique({ where: { id: locked.id } })).toMatchObject({ prState: 'merged', lockedAt: state!.lockedAt })
    expect(await refreshPullState(t.db, store, unlocked.id, settings)).toEqual({ prState: 'merged', lockedAt: null })
    expect(await refreshPullState(t.db, store, 'no-such-meeting', settings)).toBeNull()
  })

  it('refuses a meeting outside a series, and answers null for an unknown one', async () => {
    const loose = await t.db.meeting.create({ data: { id: 'loose-meeting', title: 'Loose', date: '2024-01-01', createdById: mona.id } })
    await expect(previewMeetingExport(t.db, store, loose.id, settings())).rejects.toBeInstanceOf(NoSeriesError)
    expect(await previewMeetingExport(t.db, store, 'no-such-meeting', settings())).toBeNull()
    expect(await exportMeeting(t.db, store, 'no-such-meeting', settings(), { userId: mona.id, meetingUrl: 'x' })).toBeNull()
  })
})

describe('export to GitHub (the emulator)', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHubEmulator({ dataDir: join(dir, 'github') })
    gh.addUser({ login: 'mona', name: 'Mona Lisa', email: 'mona@example.com', token: 'gho_mona' })
    gh.addUser({ login: 'hubot', name: 'Hubot', email: 'hubot@example.com', token: 'gho_hubot' })
    await gh.addRepo({ owner: 'acme', name: 'minutes', collaborators: ['mona'], files: { 'iaas/.markdownlint.yaml': 'MD013:\n  line_length: 30\n' } })
  })
  afterAll(() => gh.close())
  const config = () => loadExportConfig({ GITHUB_CLIENT_ID: 'id', GITHUB_API_URL: gh.url, GITHUB_WEB_URL: gh.webUrl, EXPORT_RATE_LIMIT_MAX_WAIT_MS: '0' })

  it('opens a PR with the patterns filled in, adds to it on re-export, and a user without push rights goes through a fork', async () => {
    const series = await createSeries(t.db, mona.id, { name: 'Team IaaS', repository: 'acme/minutes', folder: 'iaas', template })
    await t.db.series.update({ where: { id: series.id }, data: { prBodyPattern: 'Participants: {{participants}}\n\n{{agenda}}\n\n[Live minutes]({{link}})' } })
    const meeting = await createSeriesMeeting(t.db, store, series.id, mona, { date: '2024-07-24' })
    const started = await readMeetingMarkdown(store, meeting.id)
    await rewrite(meeting.id, started.replace('## Participants\n', '## Participants\n\n- @mona\n- @fkr\n'))
    const settings = { config: config(), githubToken: 'gho_mona', userId: null }
    const preview = await previewMeetingExport(t.db, store, meeting.id, settings)
    expect(preview).toMatchObject({ repository: 'acme/minutes', lintConfig: { source: 'iaas/.markdownlint.yaml' } })
    const link = `https://minutes.example.org/m/${meeting.id}`
    const result = await exportMeeting(t.db, store, meeting.id, settings, { userId: mona.id, expectedBaseSha: preview!.baseSha, meetingUrl: link })
    expect(result).toMatchObject({ created: true, fork: false, headOwner: 'acme', pr: { state: 'open' } })
    const pull = gh.pulls('acme', 'minutes').find((p) => p.number === result!.pr.number)!
    expect(pull.title).toBe('Minutes of Team IaaS 2024-07-24')
    expect(pull.body).toBe(`Participants: @mona, @fkr\n\n- First topic\n\n[Live minutes](${link})`)
    const bare = gh.repoPath('acme', 'minutes')
    expect(`${await runGitText(bare, ['cat-file', 'blob', `${result!.branch}:iaas/20240724.md`])}\n`).toBe(await readMeetingMarkdown(store, meeting.id))

    await rewrite(meeting.id, `${await readMeetingMarkdown(store, meeting.id)}\n## Notes\n\n- more\n`)
    const second = await exportMeeting(t.db, store, meeting.id, settings, { userId: mona.id, expectedBaseSha: preview!.baseSha, meetingUrl: link })
    expect(second).toMatchObject({ created: false, committed: true, pr: { number: result!.pr.number } })
    expect(gh.pulls('acme', 'minutes')).toHaveLength(1)

    const hubot = await t.db.user.create({ data: { login: 'hubot', name: 'Hubot' } })
    const other = await createSeriesMeeting(t.db, store, series.id, hubot, { date: '2024-07-31' })
    const viaFork = await exportMeeting(t.db, store, other.id, { config: config(), githubToken: 'gho_hubot', userId: null }, { userId: hubot.id, meetingUrl: link })
    expect(viaFork).toMatchObject({ fork: true, headOwner: 'hubot', created: true })
    // No address of their own: GitHub's noreply form for the handle.
    expect(await runGitText(gh.repoPath('hubot', 'minutes'), ['log', '-1', '--format=%ae', viaFork!.branch])).toBe('hubot@users.noreply.github.com')
  })

  it('asks for a sign-in that allows private repositories when the series is private and the token only has public_repo', async () => {
    await gh.addRepo({ owner: 'acme', name: 'private-minutes', private: true, collaborators: ['mona'] })
    const series = await createSeries(t.db, mona.id, { name: 'Private', repository: 'acme/private-minutes', folder: 'private', template, privateRepo: true })
    const meeting = await createSeriesMeeting(t.db, store, series.id, mona, { date: '2024-07-24' })
    const account = await t.db.account.create({
      data: { userId: mona.id, type: 'oauth', provider: 'github', providerAccountId: 'mona-private', access_token: 'gho_mona', scope: 'read:user,user:email,public_repo' },
    })
    const settings = { config: config(), githubToken: 'gho_mona', userId: mona.id }
    const refused = previewMeetingExport(t.db, store, meeting.id, settings)
    await expect(refused).rejects.toBeInstanceOf(PrivateRepoScopeError)
    await expect(refused).rejects.toThrow('acme/private-minutes is a private repository')
    await expect(exportMeeting(t.db, store, meeting.id, settings, { userId: mona.id, meetingUrl: 'x' })).rejects.toBeInstanceOf(PrivateRepoScopeError)
    expect(gh.pulls('acme', 'private-minutes')).toHaveLength(0)

    // After signing in again with the repo scope, the same export goes through.
    await t.db.account.update({ where: { id: account.id }, data: { scope: 'read:user,user:email,repo' } })
    const preview = await previewMeetingExport(t.db, store, meeting.id, settings)
    const result = await exportMeeting(t.db, store, meeting.id, settings, { userId: mona.id, expectedBaseSha: preview!.baseSha, meetingUrl: 'x' })
    expect(result).toMatchObject({ created: true, pr: { state: 'open' } })
    expect(gh.pulls('acme', 'private-minutes')).toHaveLength(1)
    await t.db.account.delete({ where: { id: account.id } })
  })

  it('says to sign in again when GitHub refuses the token, or when there is none', async () => {
    const series = await createSeries(t.db, mona.id, { name: 'Revoked', repository: 'acme/minutes', folder: 'revoked', template })
    const meeting = await createSeriesMeeting(t.db, store, series.id, mona, { date: '2024-07-24' })
    gh.injectFailure({ kind: 'bad-credentials' })
    await expect(exportMeeting(t.db, store, meeting.id, { config: config(), githubToken: 'gho_mona', userId: null }, { userId: mona.id, meetingUrl: 'x' })).rejects.toBeInstanceOf(TokenInvalidError)
    await expect(exportMeeting(t.db, store, meeting.id, { config: config(), githubToken: null, userId: null }, { userId: mona.id, meetingUrl: 'x' })).rejects.toBeInstanceOf(TokenInvalidError)
    expect((await t.db.meeting.findUnique({ where: { id: meeting.id } }))!.exportedAt).toBeNull()
  })

})
