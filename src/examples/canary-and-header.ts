import type { Example } from './types'

const text = `# RouteLab starter: one Gateway, a canary split and a header match.
# Edit anything here; the graph follows as you type.
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: shop
spec:
  gatewayClassName: example
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      hostname: "*.shop.example.com"
    - name: https
      protocol: HTTPS
      port: 443
      hostname: "*.shop.example.com"
      tls:
        mode: Terminate
        certificateRefs:
          - name: shop-wildcard-cert
---
# 90% of checkout traffic stays on v1, 10% tries v2.
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: checkout
  namespace: shop
spec:
  parentRefs:
    - name: edge
  hostnames:
    - checkout.shop.example.com
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /cart
      backendRefs:
        - name: checkout-v1
          port: 8080
          weight: 90
        - name: checkout-v2
          port: 8080
          weight: 10
---
# Requests that carry "x-beta: true" reach the beta build; everything else the stable one.
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: catalog
  namespace: shop
spec:
  parentRefs:
    - name: edge
      sectionName: https
  hostnames:
    - catalog.shop.example.com
  rules:
    - matches:
        - headers:
            - name: x-beta
              value: "true"
      backendRefs:
        - name: catalog-beta
          port: 8080
    - backendRefs:
        - name: catalog
          port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: checkout-v1
  namespace: shop
spec:
  ports:
    - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: checkout-v2
  namespace: shop
spec:
  ports:
    - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: catalog
  namespace: shop
spec:
  ports:
    - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: catalog-beta
  namespace: shop
spec:
  ports:
    - port: 8080
`

export const canaryAndHeader: Example = {
  id: 'canary-and-header',
  title: 'Canary split and header match',
  summary:
    'One Gateway with an HTTP and an HTTPS listener. The checkout route sends 90% of /cart traffic to v1 and 10% to v2: ' +
    'weights are relative shares, not percentages. The catalog route attaches only to the HTTPS listener (sectionName) ' +
    'and sends requests with the header x-beta: true to the beta build; its second rule catches everything else.',
  files: [{ name: 'workspace.yaml', text }],
}
