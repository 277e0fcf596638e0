// The technical and organisational measures (annex to a verwerkersovereenkomst, AVG art. 28 and 32), each as the code
// does it and with the test that proves it. The document generator fails when a test file named here is missing, so
// the annex never points at a test that was removed or renamed. A measure without a test is organisational: the
// organisation or its hosting party carries it out, and the annex says so.

export type Measure = {
  title: string
  /** Dutch: what Deelwijs does. */
  text: string
  /** Where in the code. */
  code: string[]
  /** The test files that prove it; empty only for an organisational measure. */
  tests: string[]
  /** Dutch: what the organisation or its hosting party must do itself, if anything. */
  organisation?: string
}

export const MEASURES: Measure[] = [
  {
    title: 'Wachtwoorden met argon2id',
    text: 'Wachtwoorden en herstelcodes worden alleen als argon2id-hash bewaard (19 MiB geheugen, 2 rondes, eigen zout). Een hash wordt nooit standaard uit de database gelezen.',
    code: ['lib/auth/password.server.ts', 'lib/auth/mfa/recovery-codes.server.ts', 'lib/db/client.server.ts'],
    tests: ['tests/integration/sign-in.test.ts', 'tests/integration/second-factor.test.ts'],
  },
  {
    title: 'Tweestapsverificatie (MFA)',
    text: 'Beheerders en coördinatoren loggen altijd in met een tweede stap (TOTP-code); voor docenten zet de organisatie dit aan. Een code werkt één keer; foute codes zijn beperkt.',
    code: ['lib/auth/mfa/policy.ts', 'lib/auth/mfa/totp.server.ts', 'lib/auth/session.server.ts'],
    tests: ['tests/integration/second-factor.test.ts', 'tests/e2e/second-factor.spec.ts'],
  },
  {
    title: 'Sessies',
    text: 'Een sessie verloopt na 120 minuten zonder activiteit en na 12 uur altijd (instelbaar). Uitloggen beëindigt de sessie op de server; "overal uitloggen" en uitschakelen beëindigen alle sessies.',
    code: ['lib/auth/session-lifetime.ts', 'lib/auth/revocation.server.ts', 'proxy.ts'],
    tests: ['lib/auth/session-lifetime.test.ts', 'tests/integration/sign-out.test.ts'],
  },
  {
    title: 'Beperking van pogingen (rate limits)',
    text: 'Inloggen, registreren, klascodes proberen, wachtwoordherstel en codes van de tweede stap zijn beperkt per adres en per account, zonder dat een ander de eigenaar kan buitensluiten.',
    code: ['lib/security/rate-limit.server.ts', 'lib/auth/login-throttle.server.ts'],
    tests: [
      'tests/integration/rate-limit.test.ts',
      'tests/integration/sign-in-throttle.test.ts',
      'tests/integration/join-code-limit.test.ts',
    ],
  },
  {
    title: 'Content Security Policy en beveiligingsheaders',
    text: 'Elke pagina heeft een strikte Content Security Policy met nonce: alleen eigen scripts, niets van andere websites, inbedden alleen door de eigen site en ingestelde leeromgevingen.',
    code: ['lib/http/security-headers.ts', 'proxy.ts'],
    tests: ['lib/http/security-headers.test.ts'],
  },
  {
    title: 'Versleuteling tijdens transport',
    text: 'In productie stuurt Deelwijs HSTS (twee jaar, inclusief subdomeinen), zodat browsers alleen via HTTPS verbinden; cookies zijn dan Secure en __Host-. Het TLS-certificaat zit bij de hosting.',
    code: ['proxy.ts', 'lib/http/security-headers.ts'],
    tests: ['lib/http/security-headers.test.ts'],
    organisation: 'De hostingpartij zorgt voor TLS 1.2 of hoger met een geldig certificaat.',
  },
  {
    title: 'Back-ups',
    text: 'Deelwijs bewaart alles in één PostgreSQL-database; een back-up daarvan is een volledige back-up.',
    code: ['prisma/schema.prisma'],
    tests: [],
    organisation:
      'De hostingpartij maakt versleutelde back-ups, bewaart die niet langer dan nodig (in te vullen termijn) en test het terugzetten. Een verwijderd account kan in een back-up nog tot die termijn voorkomen.',
  },
  {
    title: 'Logboek (audit log)',
    text: 'Handelingen van beheerders, coördinatoren en docenten (zoals downloads van rapportages en rolwijzigingen) komen in een logboek dat de beheerder van de organisatie kan inzien en downloaden.',
    code: ['lib/audit/log.server.ts', 'lib/audit/describe.ts'],
    tests: ['lib/audit/describe.test.ts', 'tests/integration/admin-users.test.ts'],
  },
  {
    title: 'Onderdrukking en verstoring in rapportages',
    text: 'Totalen voor een organisatie tonen geen aantallen onder de 5 en verschijnen pas vanaf 10 antwoorden; elk getal is een beetje verschoven (cell key method), zodat tabellen aftrekken niets over één persoon verraadt.',
    code: ['lib/reports/suppression.ts', 'lib/reports/perturbation.ts'],
    tests: [
      'lib/reports/suppression.test.ts',
      'lib/reports/perturbation.test.ts',
      'tests/integration/differencing-attack.test.ts',
    ],
  },
  {
    title: 'Bewaartermijnen',
    text: 'Een dagelijkse bewaarjob (npm run retention) verwijdert of anonimiseert alles waarvoor de gegevensinventaris een termijn geeft: inactieve deelnemersaccounts, logboek, uitnodigingen, inlogpogingen, mail, afgeleverde leerregistraties en scores, hersteltokens, afgemelde sessies.',
    code: ['lib/privacy/retention.server.ts', 'lib/privacy/retention-rules.ts'],
    tests: ['tests/integration/retention.test.ts'],
    organisation: 'De hostingpartij draait npm run retention dagelijks (bijvoorbeeld met cron).',
  },
  {
    title: 'Inzage, meenemen en verwijderen door de deelnemer zelf',
    text: 'Iedereen downloadt al zijn gegevens (JSON en CSV) en verwijdert zijn account zelf. De gegevensinventaris controleert dat elk persoonsgegeven in de download en in het verwijderen zit.',
    code: ['lib/accounts/my-data.server.ts', 'lib/accounts/erase.server.ts'],
    tests: ['tests/integration/my-data.test.ts', 'lib/privacy/inventory.test.ts'],
  },
]
