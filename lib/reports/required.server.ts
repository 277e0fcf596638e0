import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { db } from '@/lib/db/client.server'
import type { FormResult } from '@/lib/forms/result'
import { getCase, getCatalog, getDilemma } from '@/lib/scenarios/catalog.server'

// The modules (dilemmas) an organisation requires. None chosen means every dilemma of every case.

export type Module = { caseId: string; dilemmaId: string; title: string }

export function allModules(): Module[] {
  return getCatalog().cases.flatMap((c) =>
    c.dilemmas.map((d) => ({ caseId: c.id, dilemmaId: d.id, title: d.frontmatter.title })),
  )
}

export async function requiredModules(organisationId: string): Promise<{ modules: Module[]; chosen: boolean }> {
  const rows = await db().requiredModule.findMany({ where: { organisationId } })
  const chosen = rows
    .map((r) => ({
      caseId: r.caseId,
      dilemmaId: r.dilemmaId,
      title: getDilemma(r.caseId, r.dilemmaId)?.frontmatter.title,
    }))
    .filter((m): m is Module => m.title !== undefined)
  if (chosen.length === 0) return { modules: allModules(), chosen: false }
  const order = allModules().map((m) => `${m.caseId}/${m.dilemmaId}`)
  chosen.sort((a, b) => order.indexOf(`${a.caseId}/${a.dilemmaId}`) - order.indexOf(`${b.caseId}/${b.dilemmaId}`))
  return { modules: chosen, chosen: true }
}

const dilemmas = (n: number) => (n === 1 ? '1 dilemma' : `${n} dilemma’s`)

function listInDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`
}

/**
 * Which modules count, in one sentence for the report's headline: the chosen list, or (none chosen) every dilemma of
 * every case, said as such.
 */
export function describeRequired(modules: readonly Module[], chosen: boolean): string {
  if (chosen) return `Verplicht (door jullie gekozen): ${listInDutch(modules.map((m) => m.title))}.`
  const perCase = new Map<string, number>()
  for (const m of modules) perCase.set(m.caseId, (perCase.get(m.caseId) ?? 0) + 1)
  const cases = [...perCase].map(([caseId, n]) => {
    const title = getCase(caseId)?.frontmatter.title ?? caseId
    return n === 1 ? `het dilemma van ${title}` : `alle ${dilemmas(n)} van ${title}`
  })
  return `Verplicht: ${listInDutch(cases)} (er zijn geen verplichte modules gekozen).`
}

const requiredSchema = z.object({
  modules: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).max(200),
})

export async function setRequiredModules(actorId: string, organisationId: string, input: unknown): Promise<FormResult> {
  const parsed = requiredSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Deze keuze klopt niet. Probeer het opnieuw.' }
  const keys = [...new Set(parsed.data.modules)]
  const modules = keys.map((key) => key.split('/') as [string, string])
  if (modules.some(([caseId, dilemmaId]) => !getDilemma(caseId, dilemmaId))) {
    return { ok: false, fieldErrors: { modules: 'Een gekozen dilemma bestaat niet (meer).' } }
  }
  await db().$transaction([
    db().requiredModule.deleteMany({ where: { organisationId } }),
    db().requiredModule.createMany({
      data: modules.map(([caseId, dilemmaId]) => ({ organisationId, caseId, dilemmaId })),
    }),
  ])
  await audit({ actorId, organisationId, action: 'report.required-modules', detail: { modules: keys } })
  return {
    ok: true,
    message:
      keys.length === 0
        ? 'Je koos niets: alle dilemma’s tellen nu als verplicht.'
        : keys.length === 1
          ? 'Eén dilemma is nu verplicht.'
          : `${keys.length} dilemma’s zijn nu verplicht.`,
  }
}
