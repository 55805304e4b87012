import { normalizeMarkdown } from '../markdown/normalize'

/**
 * Minutes with a little of everything the format has: what normalising a
 * repository's files runs through, in one small document.
 */
export const WARM_UP_MINUTES = `---
title: Warm-up
---

# 2026-01-01

## Participants

- @alice
- @bob (notes)

## Housekeeping

- Responsible for the minutes: @alice

## Agenda

### First topic (@alice, 10min)

Some *emphasis*, **strong**, ~~struck~~, \`code\`, a [link](https://example.com "title"),
<https://example.org>, www.example.net, mail@example.com and https://example.com/path.
A hard break\\
and an image ![alt](image.png). Entities &amp; &#64; &copy; and escapes \\* \\_ \\[.

1. first
2. second
   - nested *item*
     - deeper [ref][label]

- [ ] a task
- AI @bob: do the thing
- ~~AI @alice: done already~~

> A quote
> over two lines

\`\`\`yaml
key: value
\`\`\`

    indented code

| a | b |
| --- | --- |
| 1 | 2 |

<details>
<summary>More</summary>
</details>

Setext heading
--------------

***

A footnote[^1] and <b>inline HTML</b>.

[^1]: The note.
[label]: https://example.com/label

## Action items

- AI @carol: follow up
`

/**
 * Runs `command` on WARM_UP_MINUTES, in memory: the launcher does so once,
 * before it stores V8's code cache for a new bundle, so that the cache holds
 * what a command needs whatever the first run's files held (a one-line file
 * would otherwise leave most of the parser to compile at every later run).
 */
export async function warmUp(command: string): Promise<void> {
  if (command === 'normalize') normalizeMarkdown(WARM_UP_MINUTES)
  // Imported here, as main.ts does: the bundle for normalize has no linter.
  if (command === 'lint') (await import('./lint-files')).warmUpLint(WARM_UP_MINUTES)
}
