import type { ExpectedStatus, Question, SourceFile } from '../model'

/**
 * The concepts of the Gateway API routes model the gallery teaches, with the words a view shows
 * for each. Every concept is taught by at least one example (a test checks it).
 */
export const CONCEPTS = {
  'listener-attachment': 'Attaching routes to listeners',
  'hostname-matching': 'Hostname matching',
  'path-matching': 'Path matching',
  'header-matching': 'Header matching',
  'method-matching': 'Method matching',
  'query-matching': 'Query parameter matching',
  'route-precedence': 'Precedence between routes',
  'canary-weights': 'Canary weights',
  'header-routing': 'Header-based routing',
  'url-rewrite-full': 'URL rewrite: full path',
  'url-rewrite-prefix': 'URL rewrite: path prefix',
  redirect: 'Redirects',
  'https-redirect': 'HTTP → HTTPS redirect',
  'request-header-modification': 'Request header modification',
  'response-header-modification': 'Response header modification',
  'request-mirroring': 'Request mirroring',
  'cross-namespace': 'Cross-namespace routing',
  'reference-grant': 'ReferenceGrant',
  'grpc-routing': 'gRPC routing',
  'tls-passthrough': 'TLS passthrough with TLSRoute',
  tcp: 'TCP routing',
  udp: 'UDP routing',
  listenerset: 'ListenerSet',
  'status-reason': 'Broken on purpose: a status reason',
} as const

export type Concept = keyof typeof CONCEPTS

/** The Learn mode lessons, in the order they are taught. */
export const LESSON_IDS = ['attachment', 'matching', 'precedence', 'filters', 'backends', 'status'] as const
export type LessonId = (typeof LESSON_IDS)[number]

/** One gallery entry: manifests, the words that explain them, and route tests that prove them. */
export interface Example {
  /** Also its folder name under `src/examples/`. */
  id: string
  title: string
  /** Three to six sentences on what the example teaches and what to try. */
  explanation: string
  concepts: Concept[]
  /** The Learn mode lesson the example belongs to. */
  lesson: LessonId
  /** The manifests (`workspace.yaml`), commented so a newcomer learns from the comments. */
  files: SourceFile[]
  /**
   * Ready sample requests with expected results: the text of `cases.yaml`, in the exact
   * `routelab test --cases` format (README "Route tests in CI").
   */
  cases: string
  /**
   * Broken-on-purpose examples only: the condition the manifests are meant to produce. A view
   * shows it as the lesson ("this route gets Accepted=False, NotAllowedByListeners") and `fix`
   * as the way out.
   */
  expectedStatus?: ExpectedStatus
}

/** A Learn mode lesson: words, the examples it walks through, and "predict, then reveal" questions. */
export interface Lesson {
  id: LessonId
  title: string
  /** Short teaching text, one paragraph per entry. */
  text: string[]
  /** Example ids, in the order the lesson uses them. */
  examples: string[]
  /** Each names one of `examples`; the engine computes the correct choice at run time. */
  questions: Question[]
}
