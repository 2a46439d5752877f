import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const hostnameMatching: Example = {
  id: 'hostname-matching',
  title: 'Hostnames: listeners and routes',
  lesson: 'attachment',
  concepts: ['hostname-matching', 'listener-attachment'],
  explanation:
    'Hostnames decide twice: the request\'s Host picks one listener, the most specific that matches, and then only routes attached to that listener may answer. ' +
    'A route\'s hostnames are intersected with each listener\'s hostname; where they do not meet, the route is not attached to that listener. ' +
    'A wildcard like *.example.com covers one or more labels on the left but never example.com itself. ' +
    'Host matching ignores case and any :port. ' +
    'Try sending blog.example.com: the catch-all route would match it, yet the blog listener takes the request first.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
