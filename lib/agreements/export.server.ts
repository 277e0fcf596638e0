import { db } from '@/lib/db/client.server'
import { targetKey } from './schema'
import { describeTarget } from './targets.server'

// The organisation's afspraken with every version, for its export (CSV or JSON): the history is part of the record.

export const AGREEMENT_EXPORT_HEADER = [
  'afspraak',
  'casus',
  'dilemma',
  'beslismoment',
  'onderwerp',
  'versie',
  'wijziging',
  'moment',
  'door',
  'tekst',
  'link',
  'contact',
  'ingetrokken',
] as const

const CHANGE_LABELS = { created: 'gemaakt', edited: 'gewijzigd', withdrawn: 'ingetrokken' } as const

export async function agreementExportRows(organisationId: string) {
  const agreements = await db().localAgreement.findMany({
    where: { organisationId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      caseId: true,
      dilemmaId: true,
      sceneId: true,
      withdrawnAt: true,
      versions: {
        orderBy: { number: 'asc' },
        select: {
          number: true,
          change: true,
          text: true,
          link: true,
          contact: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
    },
  })
  return agreements.flatMap((a) =>
    a.versions.map((v) => ({
      afspraak: a.id,
      casus: a.caseId,
      dilemma: a.dilemmaId,
      beslismoment: a.sceneId ?? '',
      onderwerp: describeTarget(a)?.label ?? targetKey(a),
      versie: v.number,
      wijziging: CHANGE_LABELS[v.change],
      moment: v.createdAt.toISOString(),
      door: v.author?.name ?? '',
      tekst: v.text,
      link: v.link ?? '',
      contact: v.contact ?? '',
      ingetrokken: a.withdrawnAt ? a.withdrawnAt.toISOString() : '',
    })),
  )
}
