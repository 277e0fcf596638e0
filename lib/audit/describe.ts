import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'

// How each audit action reads in the admin's log: a Dutch label for the filter and the "what" column, and a short
// sentence about whom or what it was, built from the entry's detail. One formatter per action, so no row ever shows
// raw JSON. An action without a formatter (a newer one) still reads: its label is its code.

/** Names for the ids an entry's detail refers to; an id that no longer exists reads as "(verwijderd)". */
export type AuditNames = { user: (id: unknown) => string; group: (id: unknown) => string }

type Detail = Record<string, unknown>
type Formatter = { label: string; about?: (detail: Detail, names: AuditNames) => string }

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
const role = (value: unknown) => (ROLES.includes(value as never) ? ROLE_LABELS[value as (typeof ROLES)[number]] : '?')
const target = (d: Detail) => [d.caseId, d.dilemmaId, d.sceneId].map(text).filter(Boolean).join(' / ')
const list = (value: unknown) => (Array.isArray(value) ? value.map(text).join(', ') : '')

export const AUDIT_ACTIONS: Record<string, Formatter> = {
  'report.export': { label: 'Rapportage gedownload (CSV)', about: (d) => `Tabel ${text(d.table) || '?'}` },
  'report.required-modules': {
    label: 'Verplichte modules gewijzigd',
    about: (d) => (list(d.modules) ? `Nu verplicht: ${list(d.modules)}` : 'Geen modules meer verplicht'),
  },
  'agreement.create': { label: 'Lokale afspraak gemaakt', about: (d) => `Bij ${target(d)}` },
  'agreement.edit': {
    label: 'Lokale afspraak gewijzigd (nieuwe versie)',
    about: (d) => `Bij ${target(d)}, versie ${text(d.version)}`,
  },
  'agreement.withdraw': {
    label: 'Lokale afspraak ingetrokken',
    about: (d) => `Bij ${target(d)}, versie ${text(d.version)}`,
  },
  'agreement.export': {
    label: 'Lokale afspraken gedownload',
    about: (d) => (d.format ? `Als ${text(d.format).toUpperCase()}` : ''),
  },
  'class.archive': { label: 'Klas gearchiveerd', about: (d, n) => `Klas ${n.group(d.groupId)}` },
  'class.restore': { label: 'Klas weer actief gemaakt', about: (d, n) => `Klas ${n.group(d.groupId)}` },
  'class.remove-member': { label: 'Student uit klas gehaald', about: (d, n) => `Klas ${n.group(d.groupId)}` },
  'class.owner-add': {
    label: 'Docent aan klas toegevoegd',
    about: (d, n) => `${n.user(d.userId)} bij klas ${n.group(d.groupId)}`,
  },
  'class.owner-remove': {
    label: 'Docent van klas gehaald',
    about: (d, n) => `${n.user(d.userId)} bij klas ${n.group(d.groupId)}`,
  },
  'class.hand-over': {
    label: 'Klas overgedragen',
    about: (d, n) => `Klas ${n.group(d.groupId)} aan ${n.user(d.userId)}`,
  },
  'user.deactivate': { label: 'Gebruiker uitgeschakeld', about: (d, n) => n.user(d.userId) },
  'user.activate': { label: 'Gebruiker weer geactiveerd', about: (d, n) => n.user(d.userId) },
  'user.role-change': {
    label: 'Rol gewijzigd',
    about: (d, n) => `${n.user(d.userId)}: ${role(d.from)} → ${role(d.to)}`,
  },
  'user.unblock-sign-in': {
    label: 'Inlogblokkade opgeheven',
    about: (d) => `${typeof d.failuresRemoved === 'number' ? d.failuresRemoved : 0} mislukte pogingen gewist`,
  },
  'account.password-reset': { label: 'Nieuw wachtwoord gekozen met een herstellink (overal uitgelogd)' },
  'account.email-verified': { label: 'E-mailadres bevestigd met de link uit de mail' },
  'account.sso-link': {
    label: 'Inloggen via de organisatie gekoppeld aan een bestaand account',
    about: (d) => text(d.issuer),
  },
  'mfa.enrol': { label: 'Tweestapsverificatie aangezet' },
  'mfa.reset': { label: 'Tweestapsverificatie van een gebruiker gereset', about: (d, n) => n.user(d.userId) },
  'mfa.recovery-code-used': { label: 'Ingelogd met een herstelcode' },
  'organisation.mfa-docents': { label: 'Tweestapsverificatie voor docenten gewijzigd' },
  'mail.read': { label: 'Bewaarde e-mail gelezen' },
  'invitation.create': { label: 'Uitnodiging gemaakt', about: (d) => `Als ${role(d.role)}` },
  'lti-platform.register': { label: 'Leeromgeving (LTI) geregistreerd', about: (d) => text(d.issuer) },
  'lti-platform.register-dynamic': {
    label: 'Leeromgeving (LTI) heeft zich geregistreerd met een registratielink',
    about: (d) => [text(d.productFamily), text(d.issuer)].filter(Boolean).join(', '),
  },
  'lti-registration-link.create': { label: 'Registratielink voor een leeromgeving (LTI) gemaakt' },
  'lti-registration-link.revoke': { label: 'Registratielink voor een leeromgeving (LTI) ingetrokken' },
  'lti-roster.sync': {
    label: 'Deelnemers uit de leeromgeving gesynchroniseerd',
    about: (d, n) => `Klas ${n.group(d.groupId)}: ${text(d.members)} in de cursus, ${text(d.left)} uit de klas`,
  },
  'lti-platform.remove': { label: 'Leeromgeving (LTI) verwijderd', about: (d) => text(d.issuer) },
  'lti-score.retry': {
    label: 'Geweigerde scores opnieuw naar de leeromgeving gestuurd',
    about: (d) => `${text(d.scores)} score(s)`,
  },
  'lti-tool-key.rotate': { label: 'Sleutel van Deelwijs voor leeromgevingen (LTI) vernieuwd' },
  'xapi.export': { label: 'xAPI-statements gedownload' },
  'privacy.export': { label: 'Privacygegevens voor de FG gedownload' },
}

export function auditLabel(action: string): string {
  return AUDIT_ACTIONS[action]?.label ?? action
}

/** The "about whom or what" of one entry, in Dutch; empty when the action has nothing more to say. */
export function describeAudit(action: string, detail: unknown, names: AuditNames): string {
  const about = AUDIT_ACTIONS[action]?.about
  if (!about) return ''
  const fields = detail && typeof detail === 'object' && !Array.isArray(detail) ? (detail as Detail) : {}
  return about(fields, names)
}

/** The ids an entry's detail refers to, so a page can look their names up in one query each. */
export function referencedIds(detail: unknown): { userIds: string[]; groupIds: string[] } {
  const fields = detail && typeof detail === 'object' && !Array.isArray(detail) ? (detail as Detail) : {}
  return {
    userIds: typeof fields.userId === 'string' ? [fields.userId] : [],
    groupIds: typeof fields.groupId === 'string' ? [fields.groupId] : [],
  }
}
