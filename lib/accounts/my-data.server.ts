import { db } from '@/lib/db/client.server'
import { findNode } from '@/lib/engine/moves'
import { formatTimestamp } from '@/lib/format/dates'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import { EXPORTED_FIELDS, type ExportedModel, selectFields } from './my-data-fields'

// "Mijn gegevens": everything Deelwijs holds about one person, for the AVG right of access (art. 15) and data
// portability (art. 20). The export is built from the database, not from a list kept by hand, so a new table with a
// userId must be added here (tests/integration/my-data.test.ts checks the export covers every user-linked table).

type StoredMove = {
  step: number
  kind: string
  fromScene: string
  toScene: string
  choiceId: string | null
  quality: string | null
  createdAt: Date
}

/** A scene's or ending's title; the id when the content has changed since and the node is gone. */
function nodeTitle(dilemma: CatalogDilemma | undefined, id: string): string {
  const node = dilemma && findNode(dilemma.graph, id)
  return node?.title ?? id
}

/** A recorded move with the words a person reads next to the ids a program reads. */
function describeMove(dilemma: CatalogDilemma | undefined, move: StoredMove) {
  const from = dilemma && findNode(dilemma.graph, move.fromScene)
  const choice = from?.kind === 'scene' ? from.choices.find((c) => c.id === move.choiceId) : undefined
  return {
    step: move.step,
    kind: move.kind,
    fromScene: move.fromScene,
    fromSceneTitle: nodeTitle(dilemma, move.fromScene),
    toScene: move.toScene,
    toSceneTitle: nodeTitle(dilemma, move.toScene),
    choiceId: move.choiceId,
    choice: move.choiceId ? (choice?.label ?? move.choiceId) : null,
    quality: move.quality,
    createdAt: move.createdAt,
  }
}

export async function exportMyData(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      ...selectFields('User'),
      recoveryCodes: { orderBy: { createdAt: 'asc' }, select: selectFields('MfaRecoveryCode') },
      rememberedDevices: { orderBy: { createdAt: 'asc' }, select: selectFields('MfaRememberedDevice') },
      passwordResets: { orderBy: { createdAt: 'asc' }, select: selectFields('PasswordResetToken') },
      memberships: { select: { ...selectFields('Membership'), organisation: { select: { name: true } } } },
      groupMembers: { select: { ...selectFields('GroupMember'), group: { select: { name: true, kind: true } } } },
      groupsCreated: { select: selectFields('Group') },
      groupsOwned: { select: { ...selectFields('GroupOwner'), group: { select: { name: true } } } },
      certificates: { select: selectFields('Certificate') },
      identities: { select: selectFields('ExternalIdentity') },
      gradeLinks: {
        select: {
          ...selectFields('LtiGradeLink'),
          platform: { select: { name: true } },
          scores: { orderBy: { createdAt: 'asc' }, select: selectFields('LtiScore') },
        },
      },
      xapiStatements: { orderBy: { storedAt: 'asc' }, select: selectFields('XapiStatement') },
      agreementVersions: {
        orderBy: { createdAt: 'asc' },
        select: {
          ...selectFields('LocalAgreementVersion'),
          agreement: {
            select: { caseId: true, dilemmaId: true, sceneId: true, organisation: { select: { name: true } } },
          },
        },
      },
      learnerDilemmas: { orderBy: { startedAt: 'asc' }, select: selectFields('LearnerDilemma') },
      firstAnswers: { orderBy: { answeredAt: 'asc' }, select: selectFields('FirstAnswer') },
      attempts: {
        orderBy: { startedAt: 'asc' },
        select: {
          ...selectFields('Attempt'),
          events: { orderBy: { step: 'asc' }, select: selectFields('ChoiceEvent') },
        },
      },
    },
  })
  // Rows found by the e-mail address or as the actor, not by a link to the user row.
  const [invitations, mail, actions] = await Promise.all([
    db().invitation.findMany({
      where: { email: { equals: user.email, mode: 'insensitive' } },
      orderBy: { createdAt: 'asc' },
      select: { ...selectFields('Invitation'), organisation: { select: { name: true } } },
    }),
    db().outgoingMail.findMany({
      where: { to: { equals: user.email, mode: 'insensitive' } },
      orderBy: { createdAt: 'asc' },
      select: selectFields('OutgoingMail'),
    }),
    db().auditLog.findMany({
      where: { actorId: userId },
      orderBy: { createdAt: 'asc' },
      select: selectFields('AuditLog'),
    }),
  ])
  const { mfaEnabledAt, ...profile } = columnsOf(user, 'User')
  return {
    exportedAt: new Date().toISOString(),
    about: 'Alle gegevens die Deelwijs over jou bewaart. Zie /privacy voor waarom en hoe lang.',
    profile,
    roles: user.memberships.map(({ organisation, role, createdAt }) => ({
      organisation: organisation.name,
      role,
      since: createdAt,
    })),
    groups: user.groupMembers.map((g) => ({ name: g.group.name, kind: g.group.kind, joinedAt: g.joinedAt })),
    classesCreated: user.groupsCreated,
    // The classes you run as one of their docents (made by you or shared with you).
    classesTaught: user.groupsOwned.map((o) => ({ name: o.group.name, since: o.addedAt })),
    certificates: user.certificates,
    // Accounts elsewhere you sign in with (your organisation, a learning environment), by their identifier only.
    linkedAccounts: user.identities,
    // Sign-in security, without its secrets (the TOTP key, recovery codes and links are never exported): when, not what.
    signInSecurity: {
      secondFactorSince: mfaEnabledAt,
      recoveryCodes: user.recoveryCodes,
      rememberedDevices: user.rememberedDevices,
      passwordResetLinks: user.passwordResets,
    },
    gradebookLinks: user.gradeLinks.map(({ platform, lineItemUrl, createdAt, scores, ...link }) => ({
      learningEnvironment: platform.name,
      ...link,
      gradebookColumn: lineItemUrl,
      since: createdAt,
      scoresSent: scores,
    })),
    learningRecords: user.xapiStatements.map(({ sentAt, ...s }) => ({ ...s, sentToLrsAt: sentAt })),
    // Lokale afspraken you wrote or changed as a coordinator: each version carries your name as its author.
    agreementVersionsWritten: user.agreementVersions.map(({ agreement, ...version }) => ({
      organisation: agreement.organisation.name,
      caseId: agreement.caseId,
      dilemmaId: agreement.dilemmaId,
      sceneId: agreement.sceneId,
      ...version,
    })),
    // The summaries reports read: per dilemma your first start, finish and best score, and your first answers.
    progressSummary: user.learnerDilemmas,
    firstAnswers: user.firstAnswers,
    invitationsReceived: invitations.map(({ organisation, ...invitation }) => ({
      organisation: organisation.name,
      ...invitation,
    })),
    mailKept: mail,
    // What you did as a docent, coordinator or admin, as the organisation's log records it.
    actionsLogged: actions,
    attempts: user.attempts.map(({ events, ...a }) => {
      const dilemma = getDilemma(a.caseId, a.dilemmaId)
      return {
        case: getCase(a.caseId)?.frontmatter.title ?? a.caseId,
        dilemma: dilemma?.frontmatter.title ?? a.dilemmaId,
        ...a,
        moves: events.map((move) => describeMove(dilemma, move)),
      }
    }),
  }
}

/** Only the exported columns of a row, without the relations selected with them. */
function columnsOf<M extends ExportedModel, T extends Record<(typeof EXPORTED_FIELDS)[M][number], unknown>>(
  row: T,
  model: M,
) {
  const fields: readonly (typeof EXPORTED_FIELDS)[M][number][] = EXPORTED_FIELDS[model]
  return Object.fromEntries(fields.map((field) => [field, row[field]])) as Pick<T, (typeof EXPORTED_FIELDS)[M][number]>
}

export type MyData = Awaited<ReturnType<typeof exportMyData>>

const MOVE_KINDS: Record<string, string> = { choice: 'keuze', back: 'terug' }

/**
 * The moves as one flat table, for the CSV download: what a person reads (titles, the choice's text, Dutch time),
 * not the ids, which the JSON export keeps.
 */
export function movesTable(data: MyData) {
  const header = [
    'Casus',
    'Dilemma',
    'Poging gestart (Nederlandse tijd)',
    'Stap',
    'Soort',
    'Van situatie',
    'Naar situatie',
    'Keuze',
    'Beoordeling',
    'Moment (Nederlandse tijd)',
  ]
  const rows = data.attempts.flatMap((a) =>
    a.moves.map((m) => [
      a.case,
      a.dilemma,
      formatTimestamp(a.startedAt),
      m.step,
      MOVE_KINDS[m.kind] ?? m.kind,
      m.fromSceneTitle,
      m.toSceneTitle,
      m.choice,
      m.quality,
      formatTimestamp(m.createdAt),
    ]),
  )
  return { header, rows }
}
