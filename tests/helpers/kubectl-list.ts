/**
 * What `kubectl get httproutes -A -o yaml` prints for `count` routes: a `kind: List` whose items
 * carry managedFields, status, uid, resourceVersion and kubectl's last-applied annotation. About
 * 2.2 KB per route, so 2,300 routes make a 5 MB file.
 */
export function kubectlList(count: number): string {
  const items: string[] = []
  for (let i = 0; i < count; i++) {
    const ns = `team-${i % 20}`
    items.push(`- apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute","metadata":{"annotations":{},"name":"route-${i}","namespace":"${ns}"},"spec":{"parentRefs":[{"name":"edge","namespace":"infra"}],"hostnames":["app-${i}.example.com"],"rules":[{"matches":[{"path":{"type":"PathPrefix","value":"/api/v${i}"}}],"backendRefs":[{"name":"svc-${i}","port":8080}]}]}}
    creationTimestamp: "2024-05-01T10:${String(i % 60).padStart(2, '0')}:00Z"
    generation: 3
    managedFields:
    - apiVersion: gateway.networking.k8s.io/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:metadata:
          f:annotations:
            .: {}
            f:kubectl.kubernetes.io/last-applied-configuration: {}
        f:spec:
          .: {}
          f:hostnames: {}
          f:parentRefs: {}
          f:rules: {}
      manager: kubectl-client-side-apply
      operation: Update
      time: "2024-05-01T10:00:00Z"
    - apiVersion: gateway.networking.k8s.io/v1
      fieldsType: FieldsV1
      fieldsV1:
        f:status:
          .: {}
          f:parents: {}
      manager: envoy-gateway
      operation: Update
      subresource: status
      time: "2024-05-01T10:00:01Z"
    name: route-${i}
    namespace: ${ns}
    resourceVersion: "${100000 + i}"
    uid: 0b1c2d3e-${String(i).padStart(4, '0')}-4f5a-8b9c-0d1e2f3a4b5c
  spec:
    hostnames:
    - app-${i}.example.com
    parentRefs:
    - group: gateway.networking.k8s.io
      kind: Gateway
      name: edge
      namespace: infra
    rules:
    - backendRefs:
      - group: ""
        kind: Service
        name: svc-${i}
        port: 8080
        weight: 1
      matches:
      - path:
          type: PathPrefix
          value: /api/v${i}
  status:
    parents:
    - conditions:
      - lastTransitionTime: "2024-05-01T10:00:01Z"
        message: Route is accepted
        observedGeneration: 3
        reason: Accepted
        status: "True"
        type: Accepted
      controllerName: gateway.envoyproxy.io/gatewayclass-controller
      parentRef:
        group: gateway.networking.k8s.io
        kind: Gateway
        name: edge
        namespace: infra
`)
  }
  return `apiVersion: v1\nitems:\n${items.join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`
}
