import type { AnalyzeOptions, ControllerFeatures } from '../../src/model'
import type { CaseFile } from './corpus'

/**
 * The feature set a case runs under. RouteLab claims TLSRouteModeTerminate and TLSRouteModeMixed
 * (as Envoy-based gateways do); a case that only runs when a feature is *not* claimed runs with
 * that feature switched off, so its expectations are checked rather than skipped.
 */
export function optionsFor(c: CaseFile): AnalyzeOptions {
  const features: ControllerFeatures = {}
  const off = c.runCondition?.skipIfSupportedFeature
  if (off === 'TLSRouteModeTerminate' || off === 'TLSRouteModeMixed') features[off] = false
  return { features }
}
