import { useMemo } from 'react'
import { useLab } from '../state'
import { graphToSvg, type Diagram } from './graph-svg'
import { canvasMeasure } from './svg-text'

export interface DiagramChoice {
  theme: 'light' | 'dark'
  background: boolean
}

/**
 * The diagram of what the canvas shows now: the last graph that parsed, at the positions the
 * user dragged nodes to, measured with the browser's fonts. Undefined before the first analysis.
 */
export function useDiagram(choice: DiagramChoice, title: string): Diagram | undefined {
  const graph = useLab((s) => s.lastGood?.graph)
  const positions = useLab((s) => s.positions)
  const measure = useMemo(() => canvasMeasure(), [])
  return useMemo(
    () =>
      graph
        ? graphToSvg(graph, positions, {
            theme: choice.theme,
            background: choice.background,
            measure,
            title,
          })
        : undefined,
    [graph, positions, choice.theme, choice.background, measure, title],
  )
}
