import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { readTicket } from '@/lib/lti/deep-linking.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Dilemma’s kiezen voor je leeromgeving' }

// Deep Linking: a docent who came from the LMS picks what to add to their course. The ticket in the address holds the
// LMS's request and is all the page needs: no session, so it also works in an LMS's frame where the browser keeps no
// cookie of ours (lib/lti/deep-linking.server.ts, ADR 037). The form follows what
// the LMS accepts: checkboxes when it takes several items, radio buttons when it takes one, and only "Annuleren" when
// it takes no LTI links at all. Both buttons post the same form; the route enforces the same rules.
export default async function DeepLinkPickerPage({ searchParams }: { searchParams: Promise<{ sessie?: string }> }) {
  const { sessie = '' } = await searchParams
  const ticket = sessie ? await readTicket(sessie) : null
  if (!ticket) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <PageHeader title="Dilemma’s kiezen" />
        <Notice tone="bad" live="alert">
          Deze keuzesessie is verlopen of ongeldig. Begin opnieuw vanuit je leeromgeving.
        </Notice>
      </div>
    )
  }
  const cancel = (
    <button type="submit" name="actie" value="annuleren" className="btn-secondary" formNoValidate>
      Annuleren
    </button>
  )
  if (!ticket.acceptsResourceLinks) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <PageHeader title="Dilemma’s kiezen voor je leeromgeving" />
        <Notice tone="warn" title="Hier kan Deelwijs niets toevoegen">
          Deze plek in je leeromgeving neemt geen LTI-links aan, en alleen die kan Deelwijs toevoegen. Ga terug met
          Annuleren en voeg Deelwijs toe als externe tool of LTI-activiteit.
        </Notice>
        <form method="post" action="/api/lti/deep-link">
          <input type="hidden" name="sessie" value={sessie} />
          {cancel}
        </form>
      </div>
    )
  }
  const { cases } = getCatalog()
  const input = ticket.acceptMultiple ? 'checkbox' : 'radio'
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title="Dilemma’s kiezen voor je leeromgeving"
        intro={`${
          ticket.acceptMultiple
            ? 'Kies wat je aan je cursus toevoegt.'
            : 'Kies één dilemma of één hele casus: je leeromgeving neemt er hier één tegelijk aan.'
        } Elk dilemma krijgt een eigen kolom in het cijferboek; de score (0 tot 100) komt daar vanzelf in als een student het dilemma afrondt.`}
      />
      <form method="post" action="/api/lti/deep-link" className="space-y-6">
        <input type="hidden" name="sessie" value={sessie} />
        {cases.map((item) => (
          <fieldset key={item.id} className="card space-y-3">
            <legend className="font-semibold">{item.frontmatter.title}</legend>
            <label className="flex items-center gap-2">
              <input type={input} name="kies" value={item.id} required={input === 'radio'} />
              De hele casus als één opdracht
            </label>
            <ul className="space-y-2">
              {item.dilemmas.map((dilemma) => (
                <li key={dilemma.id}>
                  <label className="flex items-center gap-2">
                    <input type={input} name="kies" value={`${item.id}/${dilemma.id}`} required={input === 'radio'} />
                    {dilemma.frontmatter.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="actie" value="toevoegen" className="btn-primary">
            Toevoegen aan mijn cursus
          </button>
          {cancel}
        </div>
      </form>
    </div>
  )
}
