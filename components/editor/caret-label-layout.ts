import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

const labelSelector = '.collab-caret__label'

/**
 * Stacks the name labels of carets that stand close together on one line,
 * so that two people writing in the same spot can both be read. Labels that
 * have folded into their idle flag take no room and are not stacked.
 */
function stackLabels(root: HTMLElement) {
  const labels = [...root.querySelectorAll<HTMLElement>(labelSelector)]
  for (const label of labels) label.style.removeProperty('translate')
  const placed: Array<{ top: number; left: number; right: number; level: number }> = []
  const boxes = labels
    .map((label) => ({ label, box: label.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 12)
    .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
  for (const { label, box } of boxes) {
    const sameLine = placed.filter((other) => Math.abs(other.top - box.top) < 4 && other.right + 2 > box.left && other.left < box.right)
    let level = 0
    while (sameLine.some((other) => other.level === level)) level += 1
    placed.push({ top: box.top, left: box.left, right: box.right, level })
    if (level > 0) label.style.setProperty('translate', `0 ${-level * 100}%`)
  }
}

export const CaretLabelLayout = Extension.create({
  name: 'caretLabelLayout',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretLabelLayout'),
        view: (view) => {
          let frame = 0
          const schedule = () => {
            cancelAnimationFrame(frame)
            frame = requestAnimationFrame(() => stackLabels(view.dom))
          }
          // A label folding into its flag frees its place for the others.
          const onFold = (event: AnimationEvent) => {
            if ((event.target as Element).matches?.(labelSelector)) schedule()
          }
          view.dom.addEventListener('animationend', onFold)
          schedule()
          return {
            update: schedule,
            destroy: () => {
              cancelAnimationFrame(frame)
              view.dom.removeEventListener('animationend', onFold)
            },
          }
        },
      }),
    ]
  },
})
