import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const brokenRouteKindConflict: Example = {
  id: 'broken-route-kind-conflict',
  title: 'Broken: HTTPRoute and GRPCRoute on one hostname',
  lesson: 'status',
  concepts: ['status-reason', 'grpc-routing'],
  explanation:
    'An HTTPRoute and a GRPCRoute claim api.example.com on the same listener. ' +
    'Following the Gateway API v1.6.1 type comments, the older route keeps the hostname and the newer one is refused: Accepted=False, which RouteLab writes with reason HostnameConflict since upstream names no constant. ' +
    'Since v1.6 implementations may also let both coexist, so give gRPC a hostname of its own to be safe everywhere.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
  expectedStatus: {
    kind: 'GRPCRoute',
    namespace: 'api',
    name: 'grpc-api',
    at: { parent: 0 },
    type: 'Accepted',
    status: 'False',
    reason: 'HostnameConflict',
    fix: 'Give the GRPCRoute its own hostname (grpc.example.com) or its own listener.',
  },
}
