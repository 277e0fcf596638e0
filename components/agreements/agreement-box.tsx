import type { LearnerAgreement } from '@/lib/agreements/for-learner.server'
import { LinkedText } from './linked-text'

/** A lokale afspraak as learners see it: clearly marked as the gemeente's own, apart from the dilemma's content. */
export function AgreementBox({ agreement, about }: { agreement: LearnerAgreement; about?: string }) {
  const headingId = `afspraak-${agreement.id}`
  return (
    <aside aria-labelledby={headingId} className="space-y-2 rounded-lg border-2 border-brand bg-white p-4 text-ink">
      <h3 id={headingId} className="text-lg font-semibold">
        Afspraak in {agreement.organisationName}
      </h3>
      {about ? <p className="text-sm text-muted">{about}</p> : null}
      <p className="whitespace-pre-line">
        <LinkedText text={agreement.text} />
      </p>
      {agreement.link ? (
        <p>
          Meer informatie:{' '}
          <a href={agreement.link} rel="noopener noreferrer nofollow" className="break-all">
            {agreement.link}
          </a>
        </p>
      ) : null}
      {agreement.contact ? (
        <p>
          Contact: <LinkedText text={agreement.contact} />
        </p>
      ) : null}
    </aside>
  )
}

/** Every afspraak in the list, or nothing at all when there is none. */
export function AgreementBoxes({
  agreements,
  aboutOf,
}: {
  agreements: readonly LearnerAgreement[]
  /** What each afspraak is about, when the screen shows afspraken of several decision points. */
  aboutOf?: (agreement: LearnerAgreement) => string | undefined
}) {
  if (agreements.length === 0) return null
  return (
    <div className="space-y-3">
      {agreements.map((agreement) => (
        <AgreementBox key={agreement.id} agreement={agreement} about={aboutOf?.(agreement)} />
      ))}
    </div>
  )
}
