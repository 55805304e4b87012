/** Where the commands write; a parameter so that tests can capture it. */
export interface Output {
  out: (text: string) => void
  err: (text: string) => void
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}
