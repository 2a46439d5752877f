import { refOf, type EditIntent } from '../../model'
import { describeSelection, type Selected } from './lookup'

/** The edit that deletes what is selected, or a reason there is nothing to delete. */
export function planDelete(s: Selected | undefined): { intents: EditIntent[]; describe: string } | string {
  if (!s) return 'Select something to delete.'
  const what = describeSelection(s)
  switch (s.type) {
    case 'missing':
      return `${what} is only referenced; delete the references to it instead.`
    case 'object':
      return { intents: [{ op: 'removeObject', target: refOf(s.object) }], describe: what }
    case 'rule':
      return { intents: [{ op: 'remove', target: refOf(s.object), path: ['spec', 'rules', s.index] }], describe: what }
    case 'listener':
      return { intents: [{ op: 'remove', target: refOf(s.object), path: ['spec', 'listeners', s.index] }], describe: what }
    case 'parentRef':
      return { intents: [{ op: 'remove', target: refOf(s.object), path: ['spec', 'parentRefs', s.index] }], describe: what }
    case 'backendRef':
      return { intents: [{ op: 'remove', target: refOf(s.object), path: ['spec', 'rules', s.rule, 'backendRefs', s.index] }], describe: what }
  }
}
