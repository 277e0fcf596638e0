// Every retention (keep=…) an inventory entry may name. A rule with a term is carried out by a step of the retention
// job (lib/privacy/retention.server.ts; typed so a term without a step does not compile); the others end with the
// account, when the organisation leaves, or never hold anything that points to a person.

/** The terms of the retention job. Days unless the name says otherwise; the inactive-account term is configurable. */
export const TERMS = {
  auditLogMonths: 24,
  invitationDays: 30,
  loginFailureDays: 1,
  passwordResetDays: 1,
  outgoingMailDays: 30,
  deliveredDays: 90,
} as const

export type RetentionContext = { inactiveMonths: number }

type Rule = {
  /** Dutch, for the inventory table and the privacy statement. */
  text: (c: RetentionContext) => string
  /** Who or what enforces the rule: a retention job step, the account's erasure, or the organisation. */
  enforcedBy: string
  /** True when the retention job removes rows under this rule: its step and test must exist. */
  term: boolean
  /** Steps of the retention job that carry out a rule without a term of its own (an account ends when inactive). */
  via?: readonly string[]
}

export const RETENTION_RULES = {
  account: {
    text: (c) =>
      `Zolang het account bestaat: tot je het verwijdert, of na ${c.inactiveMonths} maanden zonder inloggen (deelnemers)`,
    enforcedBy: 'account verwijderen (lib/accounts/erase.server.ts) en bewaarjob stap inactive-learners',
    term: false,
    via: ['inactive-learners'],
  },
  'inactive-learners': {
    text: (c) => `${c.inactiveMonths} maanden na de laatste keer inloggen wordt het deelnemersaccount verwijderd`,
    enforcedBy: 'bewaarjob stap inactive-learners (npm run retention)',
    term: true,
  },
  anonymised: {
    text: () => 'Zolang het account bestaat; daarna alleen zonder naam (niet meer aan jou te koppelen)',
    enforcedBy: 'account verwijderen: de koppeling naar de persoon wordt leeg gemaakt (onDelete: SetNull)',
    term: false,
  },
  organisation: {
    text: () => 'Zolang de organisatie Deelwijs gebruikt',
    enforcedBy: 'de organisatie (einde overeenkomst: de organisatie en alles daaronder wordt verwijderd)',
    term: false,
  },
  'audit-log': {
    text: () => `${TERMS.auditLogMonths} maanden`,
    enforcedBy: 'bewaarjob stap audit-log (npm run retention)',
    term: true,
  },
  invitations: {
    text: () => `Tot ${TERMS.invitationDays} dagen na verlopen of gebruikt`,
    enforcedBy: 'bewaarjob stap invitations (npm run retention)',
    term: true,
  },
  'login-failures': {
    text: () => `Het inlogvenster (15 minuten), hooguit ${TERMS.loginFailureDays} dag`,
    enforcedBy: 'bewaarjob stap login-failures (npm run retention) en het opruimen bij elke mislukte poging',
    term: true,
  },
  'revoked-sessions': {
    text: () => 'Tot de sessie ook zonder afmelden verlopen zou zijn',
    enforcedBy: 'bewaarjob stap revoked-sessions (npm run retention)',
    term: true,
  },
  'password-resets': {
    text: () => `Tot ${TERMS.passwordResetDays} dag na verlopen`,
    enforcedBy: 'bewaarjob stap password-resets (npm run retention)',
    term: true,
  },
  'remembered-devices': {
    text: () => 'Tot de onthouden browser verloopt',
    enforcedBy: 'bewaarjob stap remembered-devices (npm run retention)',
    term: true,
  },
  'lti-login-states': {
    text: () => 'Tot de inlogpoging verloopt (tien minuten)',
    enforcedBy: 'bewaarjob stap lti-login-states (npm run retention)',
    term: true,
  },
  'lti-handoffs': {
    text: () => 'Tot de link verloopt (twee minuten)',
    enforcedBy: 'bewaarjob stap lti-handoffs (npm run retention)',
    term: true,
  },
  'outgoing-mail': {
    text: () => `${TERMS.outgoingMailDays} dagen`,
    enforcedBy: 'bewaarjob stap outgoing-mail (npm run retention)',
    term: true,
  },
  'xapi-delivered': {
    text: () => `Tot ${TERMS.deliveredDays} dagen na aflevering bij de Learning Record Store`,
    enforcedBy: 'bewaarjob stap xapi-delivered (npm run retention)',
    term: true,
  },
  'lti-scores-delivered': {
    text: () => `Tot ${TERMS.deliveredDays} dagen na aflevering bij de leeromgeving (of nadat die de score weigerde)`,
    enforcedBy: 'bewaarjob stap lti-scores-delivered (npm run retention)',
    term: true,
  },
  'live-sessions': {
    text: () => 'Tot de docent de klassikale sessie beëindigt, of 24 uur na de laatste activiteit',
    enforcedBy:
      'einde van de sessie (lib/live) en npm run retention (endInactiveLiveSessions); getest in tests/integration/live.test.ts',
    term: false,
  },
  none: {
    text: () => 'Geen termijn nodig: geen persoonsgegevens',
    enforcedBy: '—',
    term: false,
  },
} satisfies Record<string, Rule>

export type RetentionRuleId = keyof typeof RETENTION_RULES
export type TermRuleId = {
  [K in RetentionRuleId]: (typeof RETENTION_RULES)[K]['term'] extends true ? K : never
}[RetentionRuleId]

export const TERM_RULE_IDS = (Object.keys(RETENTION_RULES) as RetentionRuleId[]).filter(
  (id): id is TermRuleId => RETENTION_RULES[id].term,
)

/** The term rules the job must carry out for an inventory that names these rules. */
export function termsFor(rules: Iterable<RetentionRuleId>): TermRuleId[] {
  const terms = new Set<TermRuleId>()
  for (const id of rules) {
    const rule: Rule = RETENTION_RULES[id]
    if (rule.term) terms.add(id as TermRuleId)
    for (const step of rule.via ?? []) terms.add(step as TermRuleId)
  }
  return [...terms].sort()
}
