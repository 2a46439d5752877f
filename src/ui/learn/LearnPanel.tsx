import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { examples, lessons } from '../../examples'
import { useCurrentExampleId } from '../gallery/use-example-workspace'
import { DockHead } from '../guide/DockHead'
import { guide, writeLearnHash } from '../guide/guide-state'
import { useSession, useWorkspaceSession } from '../workspace/context'
import { LessonNav } from './LessonNav'
import { progress, resetProgress } from './learn-progress'
import { buildSteps, findStep } from './learn-steps'
import { opening, showStepExample } from './learn-workspace'
import { QuestionCard } from './QuestionCard'
import '../components/fields.css' // .visually-hidden, for the answer marks
import './learn.css'

/**
 * Learn mode: the lessons in order (attachment, matching, precedence, filters, backends,
 * status), one example per step. Each step opens its example beside the panel, teaches, and
 * asks "predict, then reveal" questions the engine answers. Progress stays in this browser;
 * the address (`#learn=lesson/step`) can be bookmarked or shared.
 */
export default function LearnPanel() {
  const session = useWorkspaceSession()
  const ready = useSession((s) => s.ready)
  const steps = useMemo(() => buildSteps(lessons, examples), [])
  const at = useStore(progress, (p) => p.at)
  const answers = useStore(progress, (p) => p.answers)
  const learnAt = useStore(guide, (s) => s.learnAt)
  const index = Math.max(0, findStep(steps, at))
  const step = steps[index]!
  const showing = useCurrentExampleId()
  const loading = useStore(opening, (s) => s.count > 0)
  const [confirmReset, setConfirmReset] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  const load = useCallback(
    (i: number) => {
      const s = steps[i]
      if (s) void showStepExample(session, s.example)
    },
    [session, steps],
  )
  const go = useCallback(
    (i: number) => {
      const s = steps[i]
      if (!s) return
      progress.setState({ at: s.id })
      writeLearnHash(s.id)
      heading.current?.focus()
      load(i)
    },
    [steps, load],
  )

  // Opened just now (the header button or a #learn= address): show the step's example at once.
  // Restored on reload: keep whatever workspace the tab reopened, and offer to load it.
  useEffect(() => {
    if (!ready) return
    const g = guide.getState()
    if (g.learnAt === undefined && !g.fresh) {
      writeLearnHash(progress.getState().at ?? steps[0]!.id)
      return
    }
    guide.setState({ learnAt: undefined, fresh: false })
    const target = findStep(steps, g.learnAt)
    const i = target >= 0 ? target : Math.max(0, findStep(steps, progress.getState().at))
    progress.setState({ at: steps[i]!.id })
    writeLearnHash(steps[i]!.id)
    load(i)
  }, [ready, learnAt, steps, load])
  useEffect(() => () => writeLearnHash(undefined), [])

  const matches = showing === step.example.id
  const questionsDone = step.questions.every((q) => answers[q.id])
  const total = steps.reduce((n, s) => n + s.questions.length, 0)
  const answered = steps.reduce((n, s) => n + s.questions.filter((q) => answers[q.id]).length, 0)
  const right = steps.reduce((n, s) => n + s.questions.filter((q) => answers[q.id]?.correct).length, 0)
  const broken = step.example.expectedStatus

  return (
    <div className="dock learn" role="region" aria-labelledby="learn-title">
      <DockHead title="Learn" id="learn-title">
        <span className="learn-score" data-testid="learn-score">
          {answered}/{total} answered{answered > 0 ? `, ${right} right` : ''}
        </span>
      </DockHead>
      <LessonNav steps={steps} index={index} answers={answers} onGo={go} />
      <div className="dock-body">
        <p className="learn-where">
          Lesson {step.lessonIndex + 1} of {lessons.length} · step {step.index + 1} of {step.lesson.examples.length}
        </p>
        <h3 ref={heading} tabIndex={-1} className="learn-title" data-testid="learn-step-title">
          {step.example.title}
        </h3>
        {!matches && (
          <div className="learn-mismatch" role="note">
            {loading || !ready ? (
              <span>Opening the example…</span>
            ) : (
              <>
                <span>The open workspace is not this step’s example.</span>
                <button onClick={() => load(index)}>Open the example</button>
              </>
            )}
          </div>
        )}
        {step.index === 0 ? (
          <div className="learn-lesson-text">
            <h4>{step.lesson.title}</h4>
            {step.lesson.text.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        ) : (
          <details className="learn-lesson-text">
            <summary>{step.lesson.title}</summary>
            {step.lesson.text.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </details>
        )}
        {broken && <p className="learn-broken">Broken on purpose: look at the graph and the YAML, predict what the controller writes, then reveal.</p>}
        {step.questions.length > 0 && !questionsDone ? (
          <p className="muted">Look at the graph and the commented YAML, then predict. The explanation of this example follows the answers.</p>
        ) : (
          <div className="learn-explanation" data-testid="learn-explanation">
            <p>{step.example.explanation}</p>
            {broken && (
              <p>
                <strong>Fix:</strong> {broken.fix}
              </p>
            )}
          </div>
        )}
        {step.questions.map((q, i) => (
          <QuestionCard key={q.id} question={q} number={i + 1} enabled={matches && !loading} />
        ))}
        <nav className="learn-steps-nav" aria-label="Steps">
          <button disabled={index === 0} onClick={() => go(index - 1)}>
            ← Previous
          </button>
          {index < steps.length - 1 ? (
            <button className="primary" onClick={() => go(index + 1)}>
              Next: {steps[index + 1]!.example.title} →
            </button>
          ) : (
            <span className="learn-finished">That was the last step. Well done!</span>
          )}
        </nav>
        <p className="learn-reset">
          {confirmReset ? (
            <>
              Forget every answer?{' '}
              <button
                onClick={() => {
                  resetProgress()
                  setConfirmReset(false)
                  go(0)
                }}
              >
                Yes, start over
              </button>{' '}
              <button onClick={() => setConfirmReset(false)}>Keep them</button>
            </>
          ) : (
            <button onClick={() => setConfirmReset(true)}>Start over…</button>
          )}
        </p>
      </div>
    </div>
  )
}
