import { BulletList, OrderedList } from '@tiptap/extension-list'

/** Bullet and ordered lists whose items may be ordinary items or action items, in any mix. */
const items = '(listItem | actionItem)+'

export const ActionItemLists = [BulletList.extend({ content: items }), OrderedList.extend({ content: items })]
