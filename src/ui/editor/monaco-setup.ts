import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import * as monaco from './monaco'
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

let configured = false

/** Configures Monaco once per page: workers and the YAML language service, with no network. */
export function setupMonaco(): Monaco {
  if (!configured) {
    configured = true
    configureMonacoYaml(withLegacyCreateWebWorker(monaco), {
      enableSchemaRequest: false,
      validate: true,
      hover: true,
      completion: true,
      schemas: [],
    })
  }
  return monaco
}
