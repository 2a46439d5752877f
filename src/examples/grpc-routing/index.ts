import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const grpcRouting: Example = {
  id: 'grpc-routing',
  title: 'gRPC routing with GRPCRoute',
  lesson: 'matching',
  concepts: ['grpc-routing'],
  explanation:
    'A GRPCRoute matches on the gRPC service and method instead of a path; a call to shop.v1.Cart/Checkout arrives as an HTTP/2 POST to /shop.v1.Cart/Checkout. ' +
    'It attaches to HTTP listeners (cleartext HTTP/2) and HTTPS ones. ' +
    'A match naming both service and method outranks one naming only the service, and headers (gRPC metadata) work as in HTTPRoute. ' +
    'A call no rule matches gets the gRPC status UNIMPLEMENTED.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}
