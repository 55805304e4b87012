/**
 * Templates that follow conventions the team's minutes repository already
 * uses, so a new series starts in the shape its files will be exported in.
 * Written as Markdown with placeholders; see fill-template.ts for the names.
 */
export interface BuiltInTemplate {
  id: string
  name: string
  description: string
  markdown: string
}

export const builtInTemplates: readonly BuiltInTemplate[] = [
  {
    id: 'default',
    name: 'Participants, housekeeping, agenda',
    description: 'The repository default: a dated title, participants, housekeeping and one H3 per agenda item.',
    markdown: `# {{date}}

## Participants

## Housekeeping

- Report in this week's community call:
- Responsible for the minutes (writing and transfer to GitHub):

## Agenda

### Pending action items

### First topic (@{{author}}, 10min)
`,
  },
  {
    id: 'emoji-sections',
    name: 'Emoji sections',
    description: 'Section headings with emoji shortcodes, as the container team writes them.',
    markdown: `# {{date}}

## :family: Participants (GitHub handles preferred)

## :telephone: Minutes taking&transfer

## :notebook: Agenda

### Pending action items

### First topic (@{{author}})
`,
  },
  {
    id: 'sponsored-items',
    name: 'Pending items and sponsors',
    description: 'A titled date, pending action items first, then topics each with a sponsor line, as SIG Standardization writes them.',
    markdown: `# {{series}} {{date}}

## Participants

## Pending action items

## Topics

### First topic

sponsor: @{{author}}
`,
  },
]

export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return builtInTemplates.find((t) => t.id === id)
}
