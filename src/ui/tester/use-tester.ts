import { useStore } from 'zustand'
import { useLabStore } from '../state'
import { testerOf, type TesterState } from './tester-store'

/** Subscribes a component to one slice of the tester's state. */
export function useTester<T>(selector: (s: TesterState) => T): T {
  return useStore(testerOf(useLabStore()), selector)
}
