import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { LabState, LabStore } from './store'

export const LabContext = createContext<LabStore | null>(null)

export function useLabStore(): LabStore {
  const store = useContext(LabContext)
  if (!store) throw new Error('useLabStore outside <LabContext.Provider>')
  return store
}

/** Subscribes a component to one slice of the lab state. */
export function useLab<T>(selector: (s: LabState) => T): T {
  return useStore(useLabStore(), selector)
}
