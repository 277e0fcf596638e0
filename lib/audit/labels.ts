// How audit actions read in the admin's log. An action without a label is shown as its code.
export const AUDIT_LABELS: Record<string, string> = {
  'report.export': 'Rapportage gedownload (CSV)',
  'report.required-modules': 'Verplichte modules gewijzigd',
  'agreement.create': 'Lokale afspraak gemaakt',
  'agreement.edit': 'Lokale afspraak gewijzigd (nieuwe versie)',
  'agreement.withdraw': 'Lokale afspraak ingetrokken',
  'agreement.export': 'Lokale afspraken gedownload',
  'class.archive': 'Klas gearchiveerd',
  'class.restore': 'Klas weer actief gemaakt',
  'class.remove-member': 'Student uit klas gehaald',
  'user.deactivate': 'Gebruiker gedeactiveerd',
  'user.activate': 'Gebruiker geactiveerd',
  'invitation.create': 'Uitnodiging gemaakt',
  'lti-platform.register': 'Leeromgeving (LTI) geregistreerd',
  'lti-platform.remove': 'Leeromgeving (LTI) verwijderd',
  'xapi.export': 'xAPI-statements gedownload',
  'account.password-reset': 'Nieuw wachtwoord gekozen met een herstellink (overal uitgelogd)',
  'mfa.enrol': 'Tweestapsverificatie aangezet',
  'mfa.reset': 'Tweestapsverificatie van een gebruiker gereset',
  'mfa.recovery-code-used': 'Ingelogd met een herstelcode',
  'organisation.mfa-docents': 'Tweestapsverificatie voor docenten gewijzigd',
  'mail.read': 'Bewaarde e-mail gelezen',
}

export function auditLabel(action: string): string {
  return AUDIT_LABELS[action] ?? action
}
