import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const listenerSet: Example = {
  id: 'listenerset',
  title: 'ListenerSet: a team adds its own listener',
  lesson: 'attachment',
  concepts: ['listenerset', 'listener-attachment', 'cross-namespace'],
  explanation:
    'A ListenerSet lets a team add listeners to a shared Gateway without editing the Gateway. ' +
    'The Gateway opts in with allowedListeners (here: namespaces labelled shared-gateway=true); by default it accepts none. ' +
    'The blue team\'s ListenerSet adds a listener for blue.example.com on the same port as the Gateway\'s own listener, which is fine because the hostnames differ. ' +
    'Routes that want that listener name the ListenerSet as their parent: a parentRef to the Gateway reaches only the Gateway\'s own listeners.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
