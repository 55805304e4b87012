import { execFile } from 'node:child_process'

export interface RunGitOptions {
  /** Bytes for git's standard input (hash-object --stdin, commit-tree -F -). */
  input?: Uint8Array | string
  /** Added to the environment: author and committer identity, GIT_INDEX_FILE. */
  env?: Record<string, string>
}

/** What git printed on a failure, kept so callers can tell "no such ref" from a broken repository. */
export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${exitCode ?? 'killed'}): ${stderr.trim()}`)
    this.name = 'GitCommandError'
  }
}

/**
 * Runs one git command in `gitDir` and resolves with its raw standard output.
 * execFile without a shell, so paths, branch names and messages are never parsed
 * by a shell; raw bytes, so blobs (images) come back unchanged.
 */
export function runGit(gitDir: string, args: readonly string[], options: RunGitOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', gitDir, ...args],
      {
        encoding: 'buffer',
        maxBuffer: 256 * 1024 * 1024,
        // Never wait for a credential prompt or open an editor inside a request.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true', LC_ALL: 'C', ...options.env },
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null
          reject(new GitCommandError(args, code, stderr.toString('utf8')))
        } else {
          resolve(stdout)
        }
      },
    )
    // A command that exits without reading its input closes the pipe early; its
    // exit code already says what happened, so the write error is not news.
    child.stdin?.on('error', () => {})
    if (options.input === undefined) child.stdin?.end()
    else child.stdin?.end(options.input)
  })
}

/** The same, for commands whose answer is one line of text (a sha, a ref). */
export async function runGitText(gitDir: string, args: readonly string[], options: RunGitOptions = {}): Promise<string> {
  return (await runGit(gitDir, args, options)).toString('utf8').trim()
}
