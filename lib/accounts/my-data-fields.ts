import type { Prisma } from '@/lib/db/generated/client'

// The columns "Mijn gegevens" (lib/accounts/my-data.server.ts) hands over, per model. The export selects exactly these
// (selectFields), and the inventory check (lib/privacy/coverage.ts) requires every personal-data column to be listed
// here or withheld below with a reason. A foreign key to the user needs neither: the export is selected by it.

export type ScalarField<M extends Prisma.ModelName> = Extract<
  keyof Prisma.TypeMap['model'][M]['payload']['scalars'],
  string
>
type FieldLists = { [M in Prisma.ModelName]?: readonly ScalarField<M>[] }
type Withheld = { [M in Prisma.ModelName]?: { [F in ScalarField<M>]?: string } }

export const EXPORTED_FIELDS = {
  User: ['id', 'name', 'email', 'emailVerifiedAt', 'active', 'createdAt', 'lastActiveAt', 'mfaEnabledAt'],
  Membership: ['role', 'createdAt'],
  GroupMember: ['joinedAt'],
  Group: ['name', 'createdAt', 'archivedAt'],
  GroupOwner: ['addedAt'],
  Certificate: [
    'code',
    'holderName',
    'moduleTitle',
    'dilemmaTitles',
    'minutesSpent',
    'completedAt',
    'issuedAt',
    'criterion',
  ],
  ExternalIdentity: ['issuer', 'subject', 'createdAt'],
  MfaRecoveryCode: ['createdAt', 'usedAt'],
  MfaRememberedDevice: ['createdAt', 'expiresAt'],
  PasswordResetToken: ['purpose', 'createdAt', 'expiresAt', 'usedAt'],
  LtiGradeLink: ['caseId', 'dilemmaId', 'lineItemUrl', 'ltiUserId', 'createdAt'],
  LtiScore: ['scoreGiven', 'scoreMaximum', 'completed', 'createdAt', 'sentAt', 'parkedAt', 'lastError'],
  XapiStatement: ['verb', 'statement', 'storedAt', 'sentAt'],
  LocalAgreementVersion: ['number', 'change', 'text', 'link', 'contact', 'createdAt'],
  Attempt: [
    'caseId',
    'dilemmaId',
    'status',
    'score',
    'outcome',
    'currentScene',
    'step',
    'flags',
    'startedAt',
    'updatedAt',
    'completedAt',
  ],
  ChoiceEvent: ['step', 'kind', 'fromScene', 'toScene', 'choiceId', 'quality', 'createdAt'],
  LearnerDilemma: ['caseId', 'dilemmaId', 'startedAt', 'completedAt', 'behaaldAt', 'bestScore'],
  FirstAnswer: ['caseId', 'dilemmaId', 'sceneId', 'choiceId', 'quality', 'answeredAt', 'teamIds'],
  Invitation: ['email', 'role', 'createdAt', 'expiresAt', 'acceptedAt'],
  OutgoingMail: ['kind', 'to', 'subject', 'text', 'html', 'createdAt'],
  AuditLog: ['action', 'createdAt'],
} as const satisfies FieldLists

/** Personal data the export leaves out on purpose, with the reason (Dutch: it is printed in the inventory). */
export const WITHHELD_FIELDS = {
  User: {
    passwordHash: 'Geheim voor inloggen; alleen als onleesbare hash bewaard',
    mfaSecret: 'Geheime sleutel van de tweede stap; meegeven zou de beveiliging breken',
    mfaLastStep: 'Alleen een teller tegen hergebruik van codes',
  },
  PasswordResetToken: { tokenHash: 'Geheim: alleen de hash van een link' },
  // A hand-off lives two minutes and is used once: there is nothing to hand over by the time an export is made.
  LtiHandoff: {
    tokenHash: 'Geheim: alleen de hash van een link',
    expiresAt: 'Kortlevend: hooguit twee minuten bewaard',
    usedAt: 'Kortlevend: hooguit twee minuten bewaard',
    createdAt: 'Kortlevend: hooguit twee minuten bewaard',
  },
  MfaRecoveryCode: { codeHash: 'Geheim: alleen de hash van een herstelcode' },
  LoginFailure: {
    key: 'Kortlevende beveiligingsgegevens (e-mailadres of IP-adres), na hooguit een dag weg',
    createdAt: 'Kortlevende beveiligingsgegevens, na hooguit een dag weg',
  },
  // A live class session lasts at most a day; everything that points to a person goes when it ends.
  LiveSession: { docentId: 'Alleen tijdens een klassikale sessie (hooguit 24 uur); daarna verwijderd' },
  LiveParticipant: {
    tokenHash: 'Geheim: alleen de hash van de sessiecookie; verdwijnt als de sessie eindigt',
    userId: 'Alleen tijdens een klassikale sessie (hooguit 24 uur); daarna verwijderd',
    joinedAt: 'Alleen tijdens een klassikale sessie (hooguit 24 uur); daarna verwijderd',
  },
  LiveVote: {
    participantId: 'Stemmen bestaan alleen tijdens de sessie en worden daarna verwijderd; alleen totalen blijven',
    choiceId: 'Stemmen bestaan alleen tijdens de sessie en worden daarna verwijderd; alleen totalen blijven',
    updatedAt: 'Stemmen bestaan alleen tijdens de sessie en worden daarna verwijderd',
  },
  GroupOwner: { addedById: 'Verwijst naar de docent die jou toevoegde: een ander persoon' },
  Invitation: { createdById: 'Verwijst naar wie de uitnodiging stuurde: een ander persoon' },
  AuditLog: {
    actorId: 'De export is hierop geselecteerd (jouw eigen handelingen)',
    detail: 'Kan gegevens van anderen bevatten (wie je een rol gaf); op te vragen bij de organisatie',
  },
} as const satisfies Withheld

export type ExportedModel = keyof typeof EXPORTED_FIELDS

/** A Prisma `select` of exactly the exported columns of a model. */
export function selectFields<M extends ExportedModel>(model: M) {
  return Object.fromEntries(EXPORTED_FIELDS[model].map((field) => [field, true])) as {
    [F in (typeof EXPORTED_FIELDS)[M][number]]: true
  }
}
