/** The hints stage: best-practice findings after resolve (README "Best-practice hints"). */
export { findHints } from './find-hints'
export { HINTS, type HintCode } from './hint-codes'
export { httpShadows, grpcShadows } from './find-shadows'
