import { db } from '@/lib/db/client.server'
import { findNode } from '@/lib/engine/moves'
import { formatTimestamp } from '@/lib/format/dates'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'

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
      name: true,
      email: true,
      createdAt: true,
      lastActiveAt: true,
      mfaEnabledAt: true,
      recoveryCodes: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, usedAt: true } },
      rememberedDevices: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, expiresAt: true } },
      passwordResets: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, expiresAt: true, usedAt: true } },
      memberships: { select: { role: true, createdAt: true, organisation: { select: { name: true } } } },
      groupMembers: { select: { joinedAt: true, group: { select: { name: true, kind: true } } } },
      groupsCreated: { select: { name: true, createdAt: true, archivedAt: true } },
      groupsOwned: { select: { addedAt: true, group: { select: { name: true } } } },
      certificates: {
        select: {
          code: true,
          moduleTitle: true,
          dilemmaTitles: true,
          minutesSpent: true,
          completedAt: true,
          issuedAt: true,
        },
      },
      identities: { select: { issuer: true, subject: true, createdAt: true } },
      gradeLinks: {
        select: {
          caseId: true,
          dilemmaId: true,
          lineItemUrl: true,
          createdAt: true,
          platform: { select: { name: true } },
        },
      },
      xapiStatements: { orderBy: { storedAt: 'asc' }, select: { statement: true, sentAt: true } },
      agreementVersions: {
        orderBy: { createdAt: 'asc' },
        select: {
          number: true,
          change: true,
          text: true,
          link: true,
          contact: true,
          createdAt: true,
          agreement: {
            select: { caseId: true, dilemmaId: true, sceneId: true, organisation: { select: { name: true } } },
          },
        },
      },
      attempts: {
        orderBy: { startedAt: 'asc' },
        select: {
          caseId: true,
          dilemmaId: true,
          status: true,
          score: true,
          startedAt: true,
          completedAt: true,
          events: {
            orderBy: { step: 'asc' },
            select: {
              step: true,
              kind: true,
              fromScene: true,
              toScene: true,
              choiceId: true,
              quality: true,
              createdAt: true,
            },
          },
        },
      },
    },
  })
  return {
    exportedAt: new Date().toISOString(),
    about: 'Alle gegevens die Deelwijs over jou bewaart. Zie /privacy voor waarom en hoe lang.',
    profile: { name: user.name, email: user.email, createdAt: user.createdAt, lastActiveAt: user.lastActiveAt },
    roles: user.memberships.map((m) => ({ organisation: m.organisation.name, role: m.role, since: m.createdAt })),
    groups: user.groupMembers.map((g) => ({ name: g.group.name, kind: g.group.kind, joinedAt: g.joinedAt })),
    classesCreated: user.groupsCreated,
    // The classes you run as one of their docents (made by you or shared with you).
    classesTaught: user.groupsOwned.map((o) => ({ name: o.group.name, since: o.addedAt })),
    certificates: user.certificates,
    // Accounts elsewhere you sign in with (your organisation, a learning environment), by their identifier only.
    linkedAccounts: user.identities,
    // Sign-in security, without its secrets (the TOTP key, recovery codes and links are never exported): when, not what.
    signInSecurity: {
      secondFactorSince: user.mfaEnabledAt,
      recoveryCodes: user.recoveryCodes,
      rememberedDevices: user.rememberedDevices,
      passwordResetLinks: user.passwordResets,
    },
    gradebookLinks: user.gradeLinks.map((g) => ({
      learningEnvironment: g.platform.name,
      caseId: g.caseId,
      dilemmaId: g.dilemmaId,
      gradebookColumn: g.lineItemUrl,
      since: g.createdAt,
    })),
    learningRecords: user.xapiStatements.map((s) => ({ statement: s.statement, sentToLrsAt: s.sentAt })),
    // Lokale afspraken you wrote or changed as a coordinator: each version carries your name as its author.
    agreementVersionsWritten: user.agreementVersions.map(({ agreement, ...version }) => ({
      organisation: agreement.organisation.name,
      caseId: agreement.caseId,
      dilemmaId: agreement.dilemmaId,
      sceneId: agreement.sceneId,
      ...version,
    })),
    attempts: user.attempts.map((a) => {
      const dilemma = getDilemma(a.caseId, a.dilemmaId)
      return {
        case: getCase(a.caseId)?.frontmatter.title ?? a.caseId,
        caseId: a.caseId,
        dilemma: dilemma?.frontmatter.title ?? a.dilemmaId,
        dilemmaId: a.dilemmaId,
        status: a.status,
        score: a.score,
        startedAt: a.startedAt,
        completedAt: a.completedAt,
        moves: a.events.map((move) => describeMove(dilemma, move)),
      }
    }),
  }
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
