import { runGit } from '../../../server/export/git/run-git'

export interface GitPerson {
  name: string
  email: string
  /** ISO 8601 in UTC, as GitHub writes dates. */
  date: string
}

export interface GitCommit {
  sha: string
  tree: string
  parents: string[]
  author: GitPerson
  committer: GitPerson
  message: string
}

function parsePerson(line: string): GitPerson {
  const match = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line)
  if (!match) throw new Error(`unreadable identity line: ${line}`)
  const [, name = '', email = '', seconds = '0'] = match
  return { name, email, date: new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') }
}

/** Reads a commit object with `git cat-file`, or null when `sha` is not a commit in this repository. */
export async function readGitCommit(gitDir: string, sha: string): Promise<GitCommit | null> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return null
  let raw: string
  try {
    raw = (await runGit(gitDir, ['cat-file', 'commit', sha])).toString('utf8')
  } catch {
    return null
  }
  const split = raw.indexOf('\n\n')
  const headerLines = (split === -1 ? raw : raw.slice(0, split)).split('\n')
  const message = split === -1 ? '' : raw.slice(split + 2)
  const commit: GitCommit = { sha, tree: '', parents: [], author: parsePerson('? <?> 0 +0000'), committer: parsePerson('? <?> 0 +0000'), message }
  for (const line of headerLines) {
    // Continuation lines (a signature's) start with a space and belong to the previous header.
    if (line.startsWith(' ')) continue
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    const value = line.slice(space + 1)
    if (key === 'tree') commit.tree = value
    else if (key === 'parent') commit.parents.push(value)
    else if (key === 'author') commit.author = parsePerson(value)
    else if (key === 'committer') commit.committer = parsePerson(value)
  }
  return commit
}
