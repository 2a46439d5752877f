import { createStore } from 'zustand/vanilla'
import type { QuestionAnswer } from '../../model'

/** What the learner did with one question. */
export interface QuestionRecord {
  /** The choice value they predicted. */
  predicted: string
  /** The engine's answer when they revealed it, for the manifests as they were then. */
  answer: QuestionAnswer
  correct: boolean
}

export interface LearnProgress {
  /** The step shown last (`lesson/n`). */
  at?: string
  answers: Record<string, QuestionRecord>
  /** The workspace Learn mode opened last, so an untouched one can be replaced by the next step's. */
  workspace?: string
}

const KEY = 'routelab.learn.v1'

function read(): LearnProgress {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    if (v && typeof v === 'object' && 'answers' in v && typeof v.answers === 'object' && v.answers) return v as LearnProgress
  } catch {
    // Unreadable or refused storage: start afresh.
  }
  return { answers: {} }
}

/**
 * Learn mode's progress, kept in this browser's local storage (not in a workspace: the lessons
 * span many workspaces, and a shared link should not carry someone's answers).
 */
export const progress = createStore<LearnProgress>(() => read())

progress.subscribe((p) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(p))
  } catch {
    // Storage refused (private mode, full): progress lasts as long as the page.
  }
})

export function record(questionId: string, r: QuestionRecord): void {
  progress.setState((p) => ({ answers: { ...p.answers, [questionId]: r } }))
}

export function resetProgress(): void {
  progress.setState({ answers: {}, at: undefined }, false)
}
