import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { TextField } from '@/components/forms/text-field'
import { PageHeader } from '@/components/ui/page-header'
import { joinCodeSchema } from '@/lib/groups/join-code'

type Props = { searchParams: Promise<{ code?: string | string[] }> }

/** The typed code, and the problem with it; nothing when the form was not sent yet. */
async function submitted(searchParams: Props['searchParams']) {
  const { code } = await searchParams
  if (code === undefined) return undefined
  const typed = Array.isArray(code) ? (code[0] ?? '') : code
  const parsed = joinCodeSchema.safeParse(typed)
  return parsed.success
    ? { typed, code: parsed.data }
    : { typed, error: parsed.error.issues[0]?.message ?? 'Dit is geen klascode.' }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const form = await submitted(searchParams)
  // The error in the title too, so it is the first thing a screen reader says on the reloaded page.
  return { title: `${form?.error ? 'Fout: ' : ''}Meedoen met een klas`, robots: { index: false } }
}

// Where someone without a join link types the code their docent gave. A plain GET form, so it works without
// JavaScript; the join page behind it (/meedoen/<code>) says whether the code is open.
export default async function JoinCodePage({ searchParams }: Props) {
  const form = await submitted(searchParams)
  if (form?.code) redirect(`/meedoen/${encodeURIComponent(form.code)}`)
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Meedoen met een klas" intro="Vul de klascode in die je van je docent kreeg." />
      {form?.error ? (
        <div role="alert" className="rounded-md border-l-4 border-bad bg-bad-soft p-4">
          <p className="font-semibold">Kijk de klascode na.</p>
          <p>
            <a href="#code">{form.error}</a>
          </p>
        </div>
      ) : null}
      <form method="get" action="/meedoen" className="card space-y-4" noValidate>
        <TextField
          name="code"
          label="Klascode"
          hint="Acht letters en cijfers, bijvoorbeeld ABCD-2345"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          defaultValue={form?.typed}
          error={form?.error}
        />
        <button type="submit" className="btn-primary">
          Verder
        </button>
      </form>
    </div>
  )
}
