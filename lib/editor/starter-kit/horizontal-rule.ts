import type { NodeMarkdown } from '../markdown-rule'

export const horizontalRuleMarkdown: NodeMarkdown = {
  parse: { tokens: { hr: { kind: 'leaf' } } },
  block: () => ['---'],
}
