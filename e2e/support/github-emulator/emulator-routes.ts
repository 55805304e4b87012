import type { ApiRoute } from './api-context'
import { compareCommits } from './handle-compare'
import { createBlob, createCommit, createRef, createTree, deleteRef, getBlob, getCommit, getRef, getTree, updateRef } from './handle-git-data'
import { createPull, getPull, listPulls, mergePullRequest, updatePull } from './handle-pulls'
import { createFork, getBranch, getContent, getRepository } from './handle-repos'
import { getAuthenticatedUser, listUserEmails } from './handle-users'

const docs = 'https://docs.github.com/rest'
const repo = '/repos/:owner/:repo'

/** The REST endpoints the export uses, and the few a test needs to drive GitHub's side. */
export const emulatorRoutes: ApiRoute[] = [
  { method: 'GET', pattern: '/user', docs: `${docs}/users/users#get-the-authenticated-user`, handler: getAuthenticatedUser },
  { method: 'GET', pattern: '/user/emails', docs: `${docs}/users/emails#list-email-addresses-for-the-authenticated-user`, handler: listUserEmails },
  { method: 'GET', pattern: repo, docs: `${docs}/repos/repos#get-a-repository`, handler: getRepository },
  { method: 'POST', pattern: `${repo}/forks`, docs: `${docs}/repos/forks#create-a-fork`, handler: createFork },
  { method: 'GET', pattern: `${repo}/branches/*branch`, docs: `${docs}/branches/branches#get-a-branch`, handler: getBranch },
  { method: 'GET', pattern: `${repo}/contents`, docs: `${docs}/repos/contents#get-repository-content`, handler: getContent },
  { method: 'GET', pattern: `${repo}/contents/*path`, docs: `${docs}/repos/contents#get-repository-content`, handler: getContent },
  { method: 'POST', pattern: `${repo}/git/blobs`, docs: `${docs}/git/blobs#create-a-blob`, handler: createBlob },
  { method: 'GET', pattern: `${repo}/git/blobs/:sha`, docs: `${docs}/git/blobs#get-a-blob`, handler: getBlob },
  { method: 'POST', pattern: `${repo}/git/trees`, docs: `${docs}/git/trees#create-a-tree`, handler: createTree },
  { method: 'GET', pattern: `${repo}/git/trees/:sha`, docs: `${docs}/git/trees#get-a-tree`, handler: getTree },
  { method: 'POST', pattern: `${repo}/git/commits`, docs: `${docs}/git/commits#create-a-commit`, handler: createCommit },
  { method: 'GET', pattern: `${repo}/git/commits/:sha`, docs: `${docs}/git/commits#get-a-commit-object`, handler: getCommit },
  { method: 'GET', pattern: `${repo}/git/ref/*ref`, docs: `${docs}/git/refs#get-a-reference`, handler: getRef },
  { method: 'POST', pattern: `${repo}/git/refs`, docs: `${docs}/git/refs#create-a-reference`, handler: createRef },
  { method: 'PATCH', pattern: `${repo}/git/refs/*ref`, docs: `${docs}/git/refs#update-a-reference`, handler: updateRef },
  { method: 'DELETE', pattern: `${repo}/git/refs/*ref`, docs: `${docs}/git/refs#delete-a-reference`, handler: deleteRef },
  { method: 'GET', pattern: `${repo}/compare/*basehead`, docs: `${docs}/commits/commits#compare-two-commits`, handler: compareCommits },
  { method: 'GET', pattern: `${repo}/pulls`, docs: `${docs}/pulls/pulls#list-pull-requests`, handler: listPulls },
  { method: 'POST', pattern: `${repo}/pulls`, docs: `${docs}/pulls/pulls#create-a-pull-request`, handler: createPull },
  { method: 'GET', pattern: `${repo}/pulls/:number`, docs: `${docs}/pulls/pulls#get-a-pull-request`, handler: getPull },
  { method: 'PATCH', pattern: `${repo}/pulls/:number`, docs: `${docs}/pulls/pulls#update-a-pull-request`, handler: updatePull },
  { method: 'PUT', pattern: `${repo}/pulls/:number/merge`, docs: `${docs}/pulls/pulls#merge-a-pull-request`, handler: mergePullRequest },
]

/** Matches decoded path segments against a pattern; branch names and paths keep their slashes. */
export function matchRoute(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? ''
    const segment = segments[i]
    if (part.startsWith('*')) {
      const rest = segments.slice(i).join('/')
      if (rest === '') return null
      params[part.slice(1)] = rest
      return params
    }
    if (segment === undefined) return null
    if (part.startsWith(':')) params[part.slice(1)] = segment
    else if (part !== segment) return null
  }
  return segments.length === parts.length ? params : null
}
