// monaco-yaml's language worker, re-exported so Vite bundles it as its own worker chunk.
import 'monaco-yaml/yaml.worker.js'
