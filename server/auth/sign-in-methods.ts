// Which sign-in methods this server offers. With a GitHub OAuth app configured
// the name-and-handle form is off, because anyone could type anyone's handle;
// LOCAL_SIGNIN=true turns it back on explicitly (the end-to-end tests do).
import { config, type Config } from '../config'

export function githubSignInEnabled(cfg: Config = config()): boolean {
  return Boolean(cfg.GITHUB_CLIENT_ID && cfg.GITHUB_CLIENT_SECRET)
}

export function localSignInEnabled(cfg: Config = config()): boolean {
  return cfg.LOCAL_SIGNIN ?? !githubSignInEnabled(cfg)
}
