import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import * as monaco from './monaco'
import gatewayApiSchema from './schemas/gateway-api.schema.json'
import YamlWorker from './yaml.worker?worker'

type Monaco = typeof monaco

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker()
  },
}

/**
 * monaco-yaml 5.5.1 still calls `createWebWorker({ moduleId, label, createData })`, a form Monaco
 * dropped in 0.55; without this shim its worker silently has no YAML service. Remove it when
 * monaco-yaml ships its own fix (monaco-yaml #272).
 */
function withLegacyCreateWebWorker(m: Monaco): Monaco {
  const original = m.editor.createWebWorker
  const createWebWorker = (opts: { worker?: unknown; label?: string; createData?: unknown; host?: unknown; keepIdleModels?: boolean }) => {
    if (opts.worker !== undefined) return original(opts as Parameters<typeof original>[0])
    const worker = Promise.resolve(self.MonacoEnvironment!.getWorker!('workerMain.js', opts.label ?? 'monaco-editor-worker')).then((w) => {
      w.postMessage('ignore')
      w.postMessage(opts.createData)
      return w
    })
    return original({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels } as Parameters<typeof original>[0])
  }
  return { ...m, editor: { ...m.editor, createWebWorker } } as Monaco
}

/** Editor colours that sit with the app's own light and dark palettes. */
function defineThemes(m: Monaco): void {
  m.editor.defineTheme('routelab-light', {
    base: 'vs',
    inherit: true,
    rules: [{ token: 'comment', foreground: '6a7686', fontStyle: 'italic' }],
    colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#a3acb9', 'editor.lineHighlightBackground': '#f4f6f9' },
  })
  m.editor.defineTheme('routelab-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '7d8898', fontStyle: 'italic' }],
    colors: { 'editor.background': '#181c23', 'editorLineNumber.foreground': '#4f5969', 'editor.lineHighlightBackground': '#1f242d' },
  })
}

let configured = false

/**
 * Configures Monaco once per page: workers, themes and the YAML language service with the
 * Gateway API schemas generated from the CRDs (completion, hover docs, validation). Schemas are
 * given inline and never fetched: RouteLab sends nothing over the network.
 */
export function setupMonaco(): Monaco {
  if (!configured) {
    configured = true
    defineThemes(monaco)
    configureMonacoYaml(withLegacyCreateWebWorker(monaco), {
      enableSchemaRequest: false,
      validate: true,
      hover: true,
      completion: true,
      schemas: [{ uri: 'https://routelab.invalid/schemas/gateway-api.json', fileMatch: ['*'], schema: gatewayApiSchema as never }],
    })
  }
  return monaco
}
