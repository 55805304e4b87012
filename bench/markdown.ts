// Normalising the whole corpus (../shared/corpus) with live-minutes, against
// markdownlint-cli2 --fix and prettier on the same files, in the same run.
// Each tool gets its own copy of the corpus per run, runs once to warm up
// (live-minutes builds its bundles and startup snapshots then), then the runs are
// interleaved, each round in another order, so that a busy machine slows all
// tools alike; the median counts. Each tool's output is then held to the
// corpus test's three checks.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { corpusFiles, lintErrors, sameMeaning } from '../lib/markdown/contract'
import { defaultLintConfig } from '../lib/markdown/lint'

const repoRoot = path.resolve(import.meta.dirname, '..')
const corpus = path.join(repoRoot, '..', 'shared', 'corpus')
const RUNS = 11

interface Tool {
  name: string
  /** Normalises `files` (relative to `cwd`) in place. */
  command: (files: string[]) => string[]
  /** Set for this tool on top of the shared environment. */
  env?: Record<string, string>
}

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)

// The command as package.json's bin has it: it starts from the CLI's startup snapshot.
const liveMinutes = (files: string[]) => [path.join(repoRoot, 'bin', 'live-minutes'), 'normalize', '--write', ...files]

const tools: Tool[] = [
  { name: '`live-minutes normalize --write`', command: liveMinutes },
  // The same without its helper process: what one core does, and what the helper adds.
  { name: '`live-minutes normalize --write`, one process', command: liveMinutes, env: { LIVE_MINUTES_PROCESSES: '1' } },
  { name: '`markdownlint-cli2 --fix`', command: (files) => [bin('markdownlint-cli2'), '--fix', ...files] },
  { name: '`prettier --parser markdown --write`', command: (files) => [bin('prettier'), '--parser', 'markdown', '--write', ...files] },
]

function copyCorpus(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-markdown-'))
  for (const file of files) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true })
    fs.copyFileSync(path.join(corpus, file), path.join(dir, file))
  }
  // markdownlint-cli2 reads the format's configuration, as a target repository would have it.
  fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: defaultLintConfig }))
  return dir
}

/**
 * Every tool runs with the same environment, less NODE_EXTRA_CA_CERTS: where
 * it is set (as on our shared machine), every Node process parses that CA
 * bundle as it starts, about 40 ms of CPU that none of these tools needs.
 */
const toolEnv: NodeJS.ProcessEnv = { ...process.env, NODE_EXTRA_CA_CERTS: undefined }

/** `/usr/bin/time` reports a child's CPU time, which a busy machine distorts less than wall-clock time. */
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null

interface Run {
  seconds: number
  /** User plus system CPU seconds, where measurable. */
  cpu: number | null
  dir: string
}

/** One run of `tool` over a fresh copy; the copy is returned for checking. */
function timeRun(tool: Tool, files: string[]): Run {
  const dir = copyCorpus(files)
  const cpuFile = path.join(dir, '.cpu-time')
  const command = tool.command(files)
  const [program, ...args] = TIME ? [TIME, '-f', '%U %S', '-o', cpuFile, ...command] : command
  const start = performance.now()
  const result = spawnSync(program!, args, { cwd: dir, encoding: 'utf8', env: { ...toolEnv, ...tool.env } })
  const seconds = (performance.now() - start) / 1000
  if (result.error) throw result.error
  const cpu = TIME ? fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number).reduce((a, b) => a + b, 0) : null
  return { seconds, cpu, dir }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

interface Checks {
  lintClean: number
  meaningKept: number
  stable: number
  passes: number
}

/** The corpus test's checks on a tool's output; "stable" runs the tool a second time. */
function check(tool: Tool, files: string[], dir: string): Checks {
  const once = new Map(files.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]))
  const [command, ...args] = tool.command(files)
  spawnSync(command!, args, { cwd: dir, encoding: 'utf8', env: { ...toolEnv, ...tool.env } })
  const checks: Checks = { lintClean: 0, meaningKept: 0, stable: 0, passes: 0 }
  for (const file of files) {
    const input = fs.readFileSync(path.join(corpus, file), 'utf8')
    const output = once.get(file)!
    const lintClean = lintErrors(output).length === 0
    const meaningKept = sameMeaning(input, output)
    const stable = fs.readFileSync(path.join(dir, file), 'utf8') === output
    checks.lintClean += Number(lintClean)
    checks.meaningKept += Number(meaningKept)
    checks.stable += Number(stable)
    checks.passes += Number(lintClean && meaningKept && stable)
  }
  return checks
}

/** Seconds of one live-minutes run (its output unchecked), after `prepare` has emptied some of its caches. */
function coldRun(files: string[], prepare: () => void): number {
  prepare()
  const run = timeRun(tools[0]!, files)
  fs.rmSync(run.dir, { recursive: true, force: true })
  return run.seconds
}

const cliCache = path.join(repoRoot, 'node_modules', '.cache', 'live-minutes')

export async function benchMarkdown(): Promise<{ title: string; markdown: string }> {
  const files = corpusFiles(corpus)
  const loadBefore = os.loadavg()[0]!
  // Bundles and snapshots all gone, as after a change to the sources.
  const coldStart = coldRun(files, () => fs.rmSync(cliCache, { recursive: true, force: true }))
  // The bundles kept, the snapshots gone: what the first run after an upgrade of Node pays once.
  const coldSnapshot = coldRun(files, () => fs.rmSync(path.join(cliCache, 'snapshot'), { recursive: true, force: true }))
  const times = new Map<Tool, number[]>(tools.map((tool) => [tool, []]))
  const cpuTimes = new Map<Tool, number[]>(tools.map((tool) => [tool, []]))
  const checks = new Map<Tool, Checks>()
  const loads: number[] = []
  for (let round = 0; round <= RUNS; round++) {
    // Each round starts with another tool, so that none always follows the same one.
    const order = tools.map((_, i) => tools[(i + round) % tools.length]!)
    for (const tool of order) {
      const run = timeRun(tool, files)
      // Round 0 warms up (caches, disk); its output is the one checked.
      if (round === 0) checks.set(tool, check(tool, files, run.dir))
      else {
        times.get(tool)!.push(run.seconds)
        if (run.cpu !== null) cpuTimes.get(tool)!.push(run.cpu)
      }
      fs.rmSync(run.dir, { recursive: true, force: true })
    }
    loads.push(os.loadavg()[0]!)
  }
  const loadAfter = os.loadavg()[0]!
  const ours = median(times.get(tools[0]!)!)
  const oursCpu = TIME ? median(cpuTimes.get(tools[0]!)!) : null
  const percent = (n: number) => `${n} (${Math.round((100 * n) / files.length)}%)`
  const rows = tools.map((tool) => {
    const t = times.get(tool)!
    const c = checks.get(tool)!
    const cpu = oursCpu === null ? '–' : `${median(cpuTimes.get(tool)!).toFixed(2)} (${(median(cpuTimes.get(tool)!) / oursCpu).toFixed(1)}×)`
    const ratio = `${(median(t) / ours).toFixed(1)}×`
    return `| ${tool.name} | ${median(t).toFixed(3)} (${ratio}) | ${Math.min(...t).toFixed(3)}–${Math.max(...t).toFixed(3)} | ${cpu} | ${c.lintClean} | ${c.meaningKept} | ${c.stable} | ${percent(c.passes)} |`
  })
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const markdown = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${os.cpus().length} cores, Node ${process.version}; load average (1 min) ${loadBefore.toFixed(1)} before, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during, ${loadAfter.toFixed(1)} after (other work shared the machine).`,
    '',
    `Normalising all ${files.length} files of \`../shared/corpus\` in one call, each tool on its own fresh copy, ${RUNS} interleaved rounds after one warm-up (each round in another order), wall-clock seconds including the process start; every tool with the same environment, NODE_EXTRA_CA_CERTS unset (set on this machine, it costs every Node process about 40 ms of CPU at start). In brackets, each median over live-minutes' median: how many times slower. live-minutes starts Node from a startup snapshot of its code, and for eight files or more runs two processes that share them when a second core is there; the one-process row is the same command with \`LIVE_MINUTES_PROCESSES=1\`. CPU is user plus system time of the tool's processes, which a busy machine distorts less than wall-clock time. A file passes when its output is lint-clean (the format's configuration, findings allowed to stand excepted), renders to the same GFM HTML as its input (heading punctuation and the \`text\` fence language excepted), and the tool's second pass leaves it unchanged.`,
    '',
    '| tool | wall s, median | wall s, range | CPU s, median | lint-clean | meaning kept | same on a 2nd pass | passes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Not in the table, live-minutes' one-off first runs: after a change to its sources (or on a fresh install) it bundles the CLI with esbuild, then makes the startup snapshots (${coldStart.toFixed(3)} s); with the bundles but no snapshot (after an upgrade of Node), ${coldSnapshot.toFixed(3)} s.`,
  ].join('\n')
  return { title: 'Markdown normalisation', markdown }
}
