import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { requireUser } from '@/lib/auth/session.server'
import { readTicket } from '@/lib/lti/deep-linking.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Dilemma’s kiezen voor je leeromgeving' }

// Deep Linking: a docent who came from the LMS picks what to add to their course. The ticket in the address holds the
// LMS's request and only works for the docent it was issued to (lib/lti/deep-linking.server.ts).
export default async function DeepLinkPickerPage({ searchParams }: { searchParams: Promise<{ sessie?: string }> }) {
  const { sessie = '' } = await searchParams
  const user = await requireUser(`/lti/kiezen?sessie=${encodeURIComponent(sessie)}`)
  const ticket = sessie ? await readTicket(sessie, user.id) : null
  if (!ticket) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <PageHeader title="Dilemma’s kiezen" />
        <Notice tone="bad" live="alert">
          Deze keuzesessie is verlopen of hoort niet bij jouw account. Begin opnieuw vanuit je leeromgeving.
        </Notice>
      </div>
    )
  }
  const { cases } = getCatalog()
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title="Dilemma’s kiezen voor je leeromgeving"
        intro="Kies wat je aan je cursus toevoegt. Elk dilemma krijgt een eigen kolom in het cijferboek; de score (0 tot 100) komt daar vanzelf in als een student het dilemma afrondt."
      />
      <form method="post" action="/api/lti/deep-link" className="space-y-6">
        <input type="hidden" name="sessie" value={sessie} />
        {cases.map((item) => (
          <fieldset key={item.id} className="card space-y-3">
            <legend className="font-semibold">{item.frontmatter.title}</legend>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="kies" value={item.id} />
              De hele casus als één opdracht
            </label>
            <ul className="space-y-2">
              {item.dilemmas.map((dilemma) => (
                <li key={dilemma.id}>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name="kies" value={`${item.id}/${dilemma.id}`} />
                    {dilemma.frontmatter.title}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <button type="submit" className="btn-primary">
          {ticket.acceptMultiple ? 'Toevoegen aan mijn cursus' : 'Toevoegen (de leeromgeving neemt er één)'}
        </button>
      </form>
    </div>
  )
}
