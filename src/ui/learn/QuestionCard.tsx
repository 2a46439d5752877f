import { useId, useRef, useState } from 'react'
import { useStore } from 'zustand'
import type { Question } from '../../model'
import { askEngine } from '../guide/ask-engine'
import { useLab, useLabStore } from '../state'
import { answerLabel, describeSubject } from './describe-question'
import { progress, record } from './learn-progress'

/**
 * "Predict, then reveal": the learner picks a choice, then the engine (in the worker) answers
 * the question for the manifests on screen, with the steps of its trace that decided. Nothing in
 * the page knows the answer beforehand. Asking again after an edit shows what the change did.
 */
export function QuestionCard({ question, number, enabled }: { question: Question; number: number; enabled: boolean }) {
  const store = useLabStore()
  const saved = useStore(progress, (p) => p.answers[question.id])
  const [picked, setPicked] = useState<string | undefined>(saved?.predicted)
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string>()
  const [answeredAt, setAnsweredAt] = useState<number>()
  const textVersion = useLab((s) => s.version)
  const result = useRef<HTMLDivElement>(null)
  const name = useId()

  const reveal = async () => {
    if (picked === undefined) return
    setAsking(true)
    setError(undefined)
    try {
      const r = await askEngine(store, (port, version) => port.answerQuestion({ version, question }))
      record(question.id, {
        predicted: picked,
        answer: r.answer,
        correct: r.answer.answer === picked,
      })
      setAnsweredAt(r.version)
      requestAnimationFrame(() => result.current?.focus())
    } catch (e) {
      setError(String((e as Error).message ?? e))
    } finally {
      setAsking(false)
    }
  }

  const answer = saved?.answer
  return (
    <div className="q-card" data-testid="question" data-question={question.id}>
      <fieldset disabled={asking}>
        <legend>
          <span className="q-number">{number}.</span> {question.prompt}
        </legend>
        <p className="q-subject">
          <code>{describeSubject(question)}</code>
        </p>
        {question.choices.map((c) => {
          const mark = answer === undefined ? '' : c.value === answer.answer ? ' engine' : c.value === saved?.predicted ? ' missed' : ''
          return (
            <label key={c.value} className={`q-choice${mark}`}>
              <input type="radio" name={name} value={c.value} checked={picked === c.value} onChange={() => setPicked(c.value)} />
              <span>{c.label ?? c.value}</span>
              {mark === ' engine' && (
                <span className="q-mark">
                  ✓<span className="visually-hidden"> (the engine’s answer)</span>
                </span>
              )}
              {mark === ' missed' && (
                <span className="q-mark">
                  ✗<span className="visually-hidden"> (your prediction)</span>
                </span>
              )}
            </label>
          )
        })}
      </fieldset>
      <div className="q-actions">
        <button className="primary" disabled={picked === undefined || asking || !enabled} onClick={() => void reveal()}>
          {asking ? 'Asking the engine…' : answer ? 'Ask the engine again' : 'Reveal'}
        </button>
        {picked === undefined && !answer && <span className="muted">Predict first: pick an answer.</span>}
      </div>
      {error && (
        <p className="q-error" role="alert">
          The engine could not answer: {error}
        </p>
      )}
      {answer && saved && (
        <div className="q-answer" ref={result} tabIndex={-1} role="status" data-testid="engine-answer">
          <p>
            <strong className={saved.correct ? 'q-right' : 'q-wrong'}>{saved.correct ? 'Right.' : 'Not quite.'}</strong> The engine says:{' '}
            <strong>{answerLabel(question, answer.answer)}</strong>
            {answer.choice < 0 && ' (none of the choices: the manifests were changed)'}.
            {!saved.correct && ` You predicted: ${answerLabel(question, saved.predicted)}.`}
          </p>
          {answer.explanation.length > 0 && (
            <>
              <p className="muted">Why, from the engine’s trace:</p>
              <ul className="q-trace">
                {answer.explanation.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </>
          )}
          {answeredAt !== undefined && answeredAt !== textVersion && (
            <p className="muted">The manifests changed since this answer: ask again to see what the engine says now.</p>
          )}
        </div>
      )}
    </div>
  )
}
