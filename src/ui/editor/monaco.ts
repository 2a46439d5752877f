/**
 * Monaco with only what RouteLab needs: the editor API, its features and the YAML grammar.
 * The full `monaco-editor` entry would also bundle TypeScript, CSS, HTML and JSON services.
 */
export * from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
