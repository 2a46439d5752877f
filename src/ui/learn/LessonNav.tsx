import { lessons } from '../../examples'
import type { LearnStep } from './learn-steps'
import type { LearnProgress } from './learn-progress'

/**
 * The lessons in order, each with how many of its questions are answered, and the current
 * lesson's steps. Plain buttons in lists: Tab reaches each, Enter or Space goes there.
 */
export function LessonNav({
  steps,
  index,
  answers,
  onGo,
}: {
  steps: LearnStep[]
  index: number
  answers: LearnProgress['answers']
  onGo: (i: number) => void
}) {
  const step = steps[index]!
  const lessonSteps = steps.filter((s) => s.lesson.id === step.lesson.id)
  return (
    <nav className="learn-nav" aria-label="Lessons">
      <ol className="learn-lessons">
        {lessons.map((l, li) => {
          const own = steps.filter((s) => s.lesson.id === l.id)
          const qs = own.flatMap((s) => s.questions)
          const done = qs.filter((q) => answers[q.id]).length
          const first = steps.findIndex((s) => s.lesson.id === l.id)
          const current = l.id === step.lesson.id
          return (
            <li key={l.id}>
              <button
                className={`${current ? 'current' : ''}${qs.length > 0 && done === qs.length ? ' done' : ''}`}
                aria-current={current ? 'true' : undefined}
                onClick={() => onGo(first)}
                aria-label={`Lesson ${li + 1}: ${l.title} (${done} of ${qs.length} questions answered)`}
                title={`${l.title}: ${done} of ${qs.length} questions answered`}
              >
                <span className="learn-lesson-n">{li + 1}</span>
                {/* Only the current lesson spells its name: six names would fill the panel. */}
                {current && <span className="learn-lesson-name">{l.title.split(':')[0]}</span>}
                <span className="learn-lesson-done">
                  {done}/{qs.length}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
      <ol className="learn-step-dots" aria-label={`Steps of ${step.lesson.title.split(':')[0]}`}>
        {lessonSteps.map((s) => {
          const i = steps.indexOf(s)
          const done = s.questions.length > 0 && s.questions.every((q) => answers[q.id])
          return (
            <li key={s.id}>
              <button
                className={`${i === index ? 'current' : ''}${done ? ' done' : ''}`}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`Step ${s.index + 1}: ${s.example.title}${done ? ' (answered)' : ''}`}
                title={s.example.title}
                onClick={() => onGo(i)}
              >
                {s.index + 1}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
