// The fields every player form carries, so the server knows which dilemma and attempt a move belongs to.
export function MoveFields({
  caseId,
  dilemmaId,
  attemptId,
  step,
}: {
  caseId: string
  dilemmaId: string
  attemptId?: string
  step?: number
}) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="dilemmaId" value={dilemmaId} />
      {attemptId ? <input type="hidden" name="attemptId" value={attemptId} /> : null}
      {step !== undefined ? <input type="hidden" name="step" value={step} /> : null}
    </>
  )
}
