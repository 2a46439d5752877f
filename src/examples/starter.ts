/**
 * The example shown on first open, in a module of its own: the first paint imports only this,
 * so the other examples' text stays in the chunks that load with the gallery and Learn mode.
 */
export { canaryAndHeader as starterExample } from './canary-and-header'
