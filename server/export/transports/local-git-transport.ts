import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ExportConflictError, ExportFailedError, RepoNotFoundError } from '../export-errors'
import type { ExportTransport, PullRequestState, PullRequestSummary } from '../export-transport'
import { isAncestor } from '../git/is-ancestor'
import { resolveCommit } from '../git/resolve-commit'
import { GitCommandError, runGit, runGitText } from '../git/run-git'
import { runExclusive } from '../run-exclusive'
import { writeTree } from '../git/write-tree'
import { readLocalPullRecords, writeLocalPullRecords, type LocalPullRecord } from './local-pull-records'

export interface LocalGitTransportOptions {
  /** A bare repository or a clone's work tree; commits go to branches, never to the checkout. */
  repoPath: string
}

/**
 * The export transport for the embedded default without a GitHub app: real
 * commits on real branches of a local repository, through git plumbing so the
 * work tree and the checked-out branch are never touched. "Pull requests" are
 * records beside the refs, open until their branch is merged into the base.
 */
export function createLocalGitTransport(options: LocalGitTransportOptions): ExportTransport {
  const repoPath = isAbsolute(options.repoPath) ? options.repoPath : resolve(options.repoPath)
  let gitDirFound: Promise<string> | undefined

  function gitDir(): Promise<string> {
    gitDirFound ??= runGitText(repoPath, ['rev-parse', '--absolute-git-dir']).catch((error: unknown) => {
      gitDirFound = undefined
      throw new RepoNotFoundError(repoPath, { cause: error })
    })
    return gitDirFound
  }
  async function git(args: string[], env?: Record<string, string>, input?: Uint8Array | string): Promise<string> {
    try {
      return await runGitText(await gitDir(), args, { env, input })
    } catch (error) {
      if (error instanceof RepoNotFoundError) throw error
      throw new ExportFailedError(error instanceof GitCommandError ? error.stderr.trim() || error.message : String(error), { cause: error })
    }
  }
  const resolveCommitHere = async (name: string) => resolveCommit(await gitDir(), name)
  const isAncestorHere = async (ancestor: string, descendant: string) => isAncestor(await gitDir(), ancestor, descendant)
  async function stateOf(record: LocalPullRecord): Promise<PullRequestState> {
    const base = await resolveCommitHere(`refs/heads/${record.base}`)
    const head = (await resolveCommitHere(`refs/heads/${record.branch}`)) ?? record.lastHeadSha
    if (base !== null && (await isAncestorHere(head, base))) return 'merged'
    // Deleting a branch without merging it is how a local proposal is turned down.
    return (await resolveCommitHere(`refs/heads/${record.branch}`)) === null ? 'closed' : 'open'
  }
  async function summarise(record: LocalPullRecord): Promise<PullRequestSummary> {
    const url = `${pathToFileURL(repoPath).href}#${encodeURIComponent(record.branch)}`
    return { number: record.number, url, state: await stateOf(record), headOwner: record.headOwner, branch: record.branch, base: record.base }
  }

  const transport: ExportTransport = {
    async getRepository() {
      await gitDir()
      const head = await git(['symbolic-ref', '--short', 'HEAD']).catch(() => 'main')
      return { fullName: repoPath, canPush: true, defaultBranch: head }
    },

    getBranchHead: (_repo, branch) => resolveCommitHere(`refs/heads/${branch}`),

    async readFile(_repo, commitSha, path) {
      const blob = await resolveObject(`${commitSha}:${path}`)
      if (blob === null) return null
      return runGit(await gitDir(), ['cat-file', 'blob', blob])
    },

    async forkRepository() {
      throw new ExportFailedError('a local repository has no forks')
    },

    async writeCommit(_repo, request) {
      const dir = await gitDir()
      const parentTree = await git(['rev-parse', `${request.parentSha}^{tree}`])
      const changes = []
      for (const file of request.files) {
        const sha = await git(['hash-object', '-w', '--stdin'], undefined, file.bytes)
        changes.push({ path: file.path, mode: '100644', sha })
      }
      const tree = await writeTree(dir, parentTree, changes).catch((error: unknown) => {
        throw new ExportFailedError('could not write the commit tree', { cause: error })
      })
      if (tree === parentTree) return null
      const who = { name: request.author.name, email: request.author.email }
      const env = {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
      }
      // -F - keeps the message byte for byte; -m would be fine too, but a message
      // that starts with "-" must never be read as an option.
      return git(['commit-tree', tree, '-p', request.parentSha, '-F', '-'], env, request.message)
    },

    async createBranch(_repo, branch, sha) {
      // The empty old value makes update-ref refuse when the branch already exists.
      await runGit(await gitDir(), ['update-ref', '-m', 'live-minutes: export', `refs/heads/${branch}`, sha, '']).catch((error: unknown) => {
        throw new ExportConflictError(branch, { cause: error })
      })
    },

    async updateBranch(_repo, branch, fromSha, toSha) {
      if (!(await isAncestorHere(fromSha, toSha))) throw new ExportConflictError(branch)
      await runGit(await gitDir(), ['update-ref', '-m', 'live-minutes: export', `refs/heads/${branch}`, toSha, fromSha]).catch(
        (error: unknown) => {
          throw new ExportConflictError(branch, { cause: error })
        },
      )
      await updateRecords((records) =>
        records.some((r) => r.branch === branch) ? records.map((r) => (r.branch === branch ? { ...r, lastHeadSha: toSha } : r)) : null,
      )
    },

    async listChangedFiles(_repo, compare) {
      const out = await git(['diff', '--no-renames', '--name-only', '-z', `refs/heads/${compare.base}...refs/heads/${compare.branch}`])
      return out.split('\0').filter(Boolean)
    },

    async listPullRequests(_repo, head) {
      const records = await readLocalPullRecords(await gitDir())
      const mine = records.filter((r) => r.branch === head.branch && r.headOwner === head.headOwner)
      return Promise.all(mine.map(summarise))
    },

    async createPullRequest(repo, request) {
      const existing = (await transport.listPullRequests(repo, request)).find((p) => p.state === 'open' && p.base === request.base)
      if (existing) return existing
      const head = await resolveCommitHere(`refs/heads/${request.branch}`)
      if (head === null) throw new ExportFailedError(`the branch ${request.branch} does not exist`)
      let record: LocalPullRecord | undefined
      await updateRecords((records) => {
        record = {
          number: Math.max(0, ...records.map((r) => r.number)) + 1,
          branch: request.branch,
          base: request.base,
          headOwner: request.headOwner,
          title: request.title,
          body: request.body,
          createdAt: new Date().toISOString(),
          lastHeadSha: head,
        }
        return [...records, record]
      })
      if (!record) throw new ExportFailedError('the pull request record was not written')
      return summarise(record)
    },
  }

  /**
   * Read-modify-write of the record file, one at a time per repository: exports
   * of two different meetings are not serialised by the engine's meeting lock.
   * `change` returns null to leave the file as it is.
   */
  async function updateRecords(change: (records: LocalPullRecord[]) => LocalPullRecord[] | null): Promise<void> {
    const dir = await gitDir()
    await runExclusive(`local-pull-records:${dir}`, async () => {
      const changed = change(await readLocalPullRecords(dir))
      if (changed) await writeLocalPullRecords(dir, changed)
    })
  }

  async function resolveObject(name: string): Promise<string | null> {
    try {
      return await runGitText(await gitDir(), ['rev-parse', '--verify', '--quiet', name])
    } catch (error) {
      if (error instanceof GitCommandError && error.exitCode === 1) return null
      throw new ExportFailedError(error instanceof Error ? error.message : String(error), { cause: error })
    }
  }

  return transport
}
