/**
 * Who a commit is authored by: the signed-in user. Without an address of
 * their own the commit uses GitHub's noreply form for their handle on the
 * configured GitHub (users.noreply.<host>), which GitHub still attributes to
 * them and which never publishes a private address. A host that is no domain
 * (an address, localhost) has no such form; github.com's stands in.
 */
export function commitAuthor(user: { login: string; name: string; email: string | null }, githubWebUrl: string) {
  const host = new URL(githubWebUrl).hostname
  const domain = /\.[a-z]{2,}$/i.test(host) ? host : 'github.com'
  return { login: user.login, name: user.name.trim() || user.login, email: user.email ?? `${user.login}@users.noreply.${domain}` }
}
