import { Notice } from '@/components/ui/notice'
import { resetSecondFactorAction } from './actions'

/**
 * "Tweestapsverificatie resetten" for one user, for an admin screen. The question is asked in a <details> element,
 * so confirming works by keyboard and without JavaScript. `returnTo` is the page to come back to; it gets
 * `?tweestaps=gereset` (see ResetSecondFactorNotice).
 */
export function ResetSecondFactor({
  userId,
  userName,
  returnTo,
}: {
  userId: string
  userName: string
  returnTo: string
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">Tweestapsverificatie resetten</summary>
      <form action={resetSecondFactorAction} className="mt-2 space-y-2">
        <p>
          Weet je zeker wie erom vraagt? {userName} wordt overal uitgelogd en stelt bij de volgende keer inloggen
          tweestapsverificatie opnieuw in.
        </p>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="terug" value={returnTo} />
        <button type="submit" className="btn-secondary">
          Ja, resetten
        </button>
      </form>
    </details>
  )
}

export function ResetSecondFactorNotice({ outcome }: { outcome: string | undefined }) {
  if (outcome === 'gereset') {
    return (
      <Notice tone="good" live="status">
        De tweestapsverificatie is gereset. Diegene is uitgelogd en stelt die opnieuw in bij de volgende keer inloggen.
      </Notice>
    )
  }
  if (outcome === 'mislukt') {
    return (
      <Notice tone="bad" live="alert">
        Resetten is niet gelukt. Je eigen tweestapsverificatie reset een andere beheerder.
      </Notice>
    )
  }
  return null
}
