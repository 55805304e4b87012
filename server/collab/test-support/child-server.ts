// Test support: start and kill collab-process.ts.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('./collab-process.ts', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

export interface ChildServer {
  port: number
  process: ChildProcess
  /** Everything it wrote to stderr, for failure messages. */
  stderr(): string
  kill(signal: NodeJS.Signals): Promise<void>
}

export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  // tsx's loader in this very process, not the tsx CLI: the CLI runs the script
  // in a child of its own, and SIGKILL would only reach the wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`collab process exited with ${code} before listening:\n${stderr}`)))
  })
  return {
    port,
    process: child,
    stderr: () => stderr,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
