// The authorization matrix: every page, route handler and server action of the app, and what each role may do.
// tests/unit/authorization-matrix.test.ts fails when a route or action exists without an entry here (or the other way
// round); tests/e2e/authorization.spec.ts requests every route as every role and checks the outcome.

export const ROLES = [
  'anonymous',
  'learner',
  'docent',
  'coordinator',
  'admin',
  // The same roles in the other organisation: a learner and a docent of the gemeente (the demo class belongs to the
  // hogeschool), and a coordinator of the hogeschool (the report below is the gemeente's).
  'learnerElsewhere',
  'docentElsewhere',
  'coordinatorElsewhere',
  // A second docent of the hogeschool, who does not own the demo class: for them it does not exist (404).
  'docentSameOrg',
  // People who come from the learning environment (LTI) of the hogeschool. A learner whose launch also carries
  // institution/system administrator, institution instructor, mentor and Learner#Instructor roles: still a learner.
  // An instructor of another course: a docent who gets that course's class only, so the demo class does not exist for
  // them.
  'ltiLearnerMixed',
  'ltiDocent',
] as const
export type MatrixRole = (typeof ROLES)[number]

/**
 * allow: 200 · deny: 403 · login: sent to the sign-in page (pages) · unauth: 401 JSON (API) · notfound: 404 ·
 * invalid: 400 (a request only another system sends, such as an LTI launch, made without its parameters) ·
 * gone: 405 (method not offered).
 */
export type Outcome = 'allow' | 'deny' | 'login' | 'unauth' | 'notfound' | 'invalid'

export type Ids = { classId: string; gemeenteId: string }

export type RouteEntry = {
  /** The file-system route, as under app/ without route groups, e.g. /klas/[groupId]. */
  route: string
  kind: 'page' | 'route'
  /** A concrete URL to request (with the demo ids), and the method for route handlers. */
  url: (ids: Ids) => string
  method?: 'GET' | 'POST'
  /** The JSON body of a POST. */
  body?: Record<string, unknown>
  expect: Record<MatrixRole, Outcome>
}

const everyone = (outcome: Outcome): Record<MatrixRole, Outcome> =>
  Object.fromEntries(ROLES.map((r) => [r, outcome])) as Record<MatrixRole, Outcome>
const members = (anonymous: Outcome): Record<MatrixRole, Outcome> => ({ ...everyone('allow'), anonymous })
const only = (anonymous: Outcome, allowed: MatrixRole[]): Record<MatrixRole, Outcome> => ({
  ...everyone('deny'),
  anonymous,
  ...Object.fromEntries(allowed.map((r) => [r, 'allow'])),
})

const CLASS_STAFF: MatrixRole[] = ['docent', 'admin']
const REPORT_READERS: MatrixRole[] = ['coordinator', 'admin']
/** Every docent, wherever they teach. */
const DOCENTS: MatrixRole[] = ['docent', 'docentElsewhere', 'docentSameOrg', 'ltiDocent']
const AUTHORS: MatrixRole[] = ['admin', ...DOCENTS]
/** A page or export of the demo class: its owner and the organisation's admin; another docent of it gets 404. */
const ownClass = (): Record<MatrixRole, Outcome> => ({
  ...only('login', CLASS_STAFF),
  docentSameOrg: 'notfound',
  ltiDocent: 'notfound',
})
/** Everyone who may run live sessions: for them an unknown session is simply not found. */
const LIVE_RUNNERS_NOT_FOUND: Partial<Record<MatrixRole, Outcome>> = Object.fromEntries(
  [...CLASS_STAFF, ...DOCENTS].map((r) => [r, 'notfound']),
)
const klas =
  (suffix = '') =>
  (ids: Ids) =>
    `/klas/${ids.classId}${suffix}`
const report = (path: string) => (ids: Ids) => `${path}${path.includes('?') ? '&' : '?'}organisatie=${ids.gemeenteId}`

export const ROUTES: RouteEntry[] = [
  // Public pages
  { route: '/', kind: 'page', url: () => '/', expect: everyone('allow') },
  { route: '/over', kind: 'page', url: () => '/over', expect: everyone('allow') },
  { route: '/privacy', kind: 'page', url: () => '/privacy', expect: everyone('allow') },
  { route: '/toegankelijkheid', kind: 'page', url: () => '/toegankelijkheid', expect: everyone('allow') },
  { route: '/achtergrond', kind: 'page', url: () => '/achtergrond', expect: everyone('allow') },
  ...[
    'avg-stappen',
    'begrippen',
    'casusoverleg',
    'geheimhouding-doorbreken',
    'jeugdbescherming',
    'meldcode',
    'toestemming',
    'vuistregels',
    'zorg-en-straf',
  ].map(
    (slug): RouteEntry => ({
      route: `/achtergrond/${slug}`,
      kind: 'page',
      url: () => `/achtergrond/${slug}`,
      expect: everyone('allow'),
    }),
  ),
  // Signed in, /inloggen forwards to the user's home: still a page that loads.
  { route: '/inloggen', kind: 'page', url: () => '/inloggen', expect: everyone('allow') },
  { route: '/aanmelden', kind: 'page', url: () => '/aanmelden', expect: everyone('allow') },
  // Password reset: public; an unknown link shows "werkt niet meer".
  {
    route: '/inloggen/wachtwoord-vergeten',
    kind: 'page',
    url: () => '/inloggen/wachtwoord-vergeten',
    expect: everyone('allow'),
  },
  {
    route: '/inloggen/nieuw-wachtwoord/[token]',
    kind: 'page',
    url: () => '/inloggen/nieuw-wachtwoord/bestaat-niet-0123456789abcdefghijk',
    expect: everyone('allow'),
  },
  // The second step of signing in: a fully signed-in user is sent on to their home, an anonymous visitor to /inloggen;
  // both load (like /inloggen itself, a redirect within /inloggen counts as a page that loads).
  { route: '/inloggen/tweestaps', kind: 'page', url: () => '/inloggen/tweestaps', expect: everyone('allow') },
  {
    route: '/account/tweestapsverificatie',
    kind: 'page',
    url: () => '/account/tweestapsverificatie',
    expect: members('login'),
  },
  // Confirming an e-mail address: public (the link may be opened where nobody is signed in); an unknown link shows
  // "werkt niet meer".
  {
    route: '/aanmelden/bevestigen/[token]',
    kind: 'page',
    url: () => '/aanmelden/bevestigen/bestaat-niet-0123456789abcdefghijk',
    expect: everyone('allow'),
  },
  {
    route: '/aanmelden/uitnodiging/[token]',
    kind: 'page',
    url: () => '/aanmelden/uitnodiging/bestaat-niet-0123456789abcdef',
    expect: everyone('allow'),
  },
  { route: '/meedoen', kind: 'page', url: () => '/meedoen', expect: everyone('allow') },
  { route: '/meedoen/[code]', kind: 'page', url: () => '/meedoen/KLAS-2026', expect: everyone('allow') },
  { route: '/verifieer', kind: 'page', url: () => '/verifieer', expect: everyone('allow') },
  { route: '/verifieer/[code]', kind: 'page', url: () => '/verifieer/DW-ABCD-EFGH', expect: everyone('notfound') },

  // Learning: every signed-in role may play
  { route: '/leren', kind: 'page', url: () => '/leren', expect: members('login') },
  { route: '/leren/certificaten', kind: 'page', url: () => '/leren/certificaten', expect: members('login') },
  { route: '/leren/[caseId]', kind: 'page', url: () => '/leren/kramer', expect: members('login') },
  { route: '/leren/[caseId]/[dilemmaId]', kind: 'page', url: () => '/leren/kramer/huisarts', expect: members('login') },
  { route: '/account', kind: 'page', url: () => '/account', expect: members('login') },
  { route: '/account/gegevens', kind: 'route', url: () => '/account/gegevens?formaat=json', expect: members('login') },

  // Classes: the docents who own the class and the admin of its organisation only
  {
    route: '/klas',
    kind: 'page',
    url: () => '/klas',
    expect: only('login', AUTHORS),
  },
  { route: '/klas/[groupId]', kind: 'page', url: klas(), expect: ownClass() },
  { route: '/klas/[groupId]/code', kind: 'page', url: klas('/code'), expect: ownClass() },
  { route: '/klas/[groupId]/opdrachten', kind: 'page', url: klas('/opdrachten'), expect: ownClass() },
  { route: '/klas/[groupId]/voortgang', kind: 'page', url: klas('/voortgang'), expect: ownClass() },
  {
    route: '/klas/[groupId]/voortgang/export',
    kind: 'route',
    url: klas('/voortgang/export'),
    expect: ownClass(),
  },
  { route: '/klas/[groupId]/bespreken', kind: 'page', url: klas('/bespreken'), expect: ownClass() },
  { route: '/klas/[groupId]/docenten', kind: 'page', url: klas('/docenten'), expect: ownClass() },
  { route: '/klas/[groupId]/certificaten', kind: 'page', url: klas('/certificaten'), expect: ownClass() },
  {
    route: '/klas/[groupId]/bespreken/[caseId]/[dilemmaId]',
    kind: 'page',
    url: klas('/bespreken/kramer/huisarts'),
    expect: ownClass(),
  },

  // Live class sessions (Klassikaal): a class's sessions for its owners and admin; sessions without a class for every
  // docent (the same permission as creating a class). An unknown session is not found for those who may run sessions.
  { route: '/klas/[groupId]/live', kind: 'page', url: klas('/live'), expect: ownClass() },
  {
    route: '/klas/[groupId]/live/[sessionId]',
    kind: 'page',
    url: klas('/live/bestaatniet'),
    expect: { ...ownClass(), docent: 'notfound', admin: 'notfound' },
  },
  {
    route: '/klas/live',
    kind: 'page',
    url: () => '/klas/live',
    expect: only('login', [...CLASS_STAFF, ...DOCENTS]),
  },
  {
    route: '/klas/live/[sessionId]',
    kind: 'page',
    url: () => '/klas/live/bestaatniet',
    expect: { ...only('login', []), ...LIVE_RUNNERS_NOT_FOUND },
  },
  {
    route: '/klas/live/[sessionId]/export',
    kind: 'route',
    url: () => '/klas/live/bestaatniet/export',
    expect: { ...only('login', []), ...LIVE_RUNNERS_NOT_FOUND },
  },
  // Phones: the join page is open to all; the voting page explains itself without the session's cookie.
  { route: '/live', kind: 'page', url: () => '/live', expect: everyone('allow') },
  { route: '/live/[sessionId]', kind: 'page', url: () => '/live/bestaatniet', expect: everyone('allow') },
  {
    route: '/api/live/[sessionId]/events',
    kind: 'route',
    url: () => '/api/live/bestaatniet/events',
    expect: { ...only('unauth', []), ...LIVE_RUNNERS_NOT_FOUND },
  },
  {
    route: '/api/live/[sessionId]/vote',
    kind: 'route',
    method: 'POST',
    url: () => '/api/live/bestaatniet/vote',
    body: { step: 0, choiceId: 'x' },
    expect: { ...only('unauth', []), ...LIVE_RUNNERS_NOT_FOUND },
  },
  {
    route: '/api/live/[sessionId]/control',
    kind: 'route',
    method: 'POST',
    url: () => '/api/live/bestaatniet/control',
    body: { action: 'close' },
    expect: { ...only('unauth', []), ...LIVE_RUNNERS_NOT_FOUND },
  },

  // Teaching material of a case: everyone who may run classes (not bound to one class or organisation)
  {
    route: '/lesmateriaal/[caseId]',
    kind: 'page',
    url: () => '/lesmateriaal/kramer',
    // Teaching material of a case, not of a class: every docent may read it.
    expect: only('login', AUTHORS),
  },

  // Reports of the gemeente: its coordinator and the admin only
  { route: '/rapportage', kind: 'page', url: report('/rapportage'), expect: only('login', REPORT_READERS) },
  {
    route: '/rapportage/medewerkers',
    kind: 'page',
    url: report('/rapportage/medewerkers'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/inzicht',
    kind: 'page',
    url: report('/rapportage/inzicht'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/inzicht/[caseId]/[dilemmaId]/[sceneId]',
    kind: 'page',
    url: report('/rapportage/inzicht/kramer/huisarts/spreekkamer'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/verplicht',
    kind: 'page',
    url: report('/rapportage/verplicht'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/afspraken',
    kind: 'page',
    url: report('/rapportage/afspraken'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/afspraken/nieuw',
    kind: 'page',
    url: report('/rapportage/afspraken/nieuw?doel=kramer/huisarts/spreekkamer'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/afspraken/[agreementId]',
    kind: 'page',
    // An afspraak that does not exist: for those who may manage afspraken it is not found, for everyone else denied.
    url: report('/rapportage/afspraken/bestaat-niet'),
    expect: { ...only('login', REPORT_READERS), coordinator: 'notfound', admin: 'notfound' },
  },
  {
    route: '/rapportage/afspraken/export',
    kind: 'route',
    url: report('/rapportage/afspraken/export'),
    expect: only('login', REPORT_READERS),
  },
  {
    route: '/rapportage/export/[table]',
    kind: 'route',
    url: report('/rapportage/export/dilemmas'),
    expect: only('login', REPORT_READERS),
  },

  // Administration
  { route: '/beheer', kind: 'page', url: () => '/beheer', expect: only('login', ['admin']) },
  { route: '/beheer/gebruikers', kind: 'page', url: () => '/beheer/gebruikers', expect: only('login', ['admin']) },
  {
    route: '/beheer/uitnodigingen',
    kind: 'page',
    url: () => '/beheer/uitnodigingen',
    expect: only('login', ['admin']),
  },
  {
    route: '/beheer/gebruikers/[userId]',
    kind: 'page',
    // A user that does not exist: the admin gets 404, everyone else is refused before the lookup.
    url: () => '/beheer/gebruikers/bestaatniet',
    expect: { ...only('login', ['admin']), admin: 'notfound' },
  },
  {
    route: '/beheer/deblokkeren',
    kind: 'page',
    url: () => '/beheer/deblokkeren',
    expect: only('login', ['admin']),
  },
  { route: '/beheer/logboek', kind: 'page', url: () => '/beheer/logboek', expect: only('login', ['admin']) },
  {
    route: '/beheer/logboek/export',
    kind: 'route',
    url: () => '/beheer/logboek/export',
    expect: only('login', ['admin']),
  },
  { route: '/beheer/mail', kind: 'page', url: () => '/beheer/mail', expect: only('login', ['admin']) },
  {
    route: '/beheer/mail/[id]',
    kind: 'page',
    url: () => '/beheer/mail/bestaat-niet',
    expect: { ...only('login', ['admin']), admin: 'notfound' },
  },
  { route: '/beheer/organisaties', kind: 'page', url: () => '/beheer/organisaties', expect: only('login', ['admin']) },
  { route: '/beheer/lti', kind: 'page', url: () => '/beheer/lti', expect: only('login', ['admin']) },
  {
    route: '/beheer/lti/registratielink',
    kind: 'page',
    url: () => '/beheer/lti/registratielink',
    expect: only('login', ['admin']),
  },
  {
    route: '/beheer/xapi',
    kind: 'route',
    url: (ids) => `/beheer/xapi?organisatie=${ids.gemeenteId}`,
    expect: only('login', ['admin']),
  },
  { route: '/beheer/privacy', kind: 'page', url: () => '/beheer/privacy', expect: only('login', ['admin']) },
  {
    route: '/beheer/privacy/export',
    kind: 'route',
    url: (ids) => `/beheer/privacy/export?organisatie=${ids.gemeenteId}`,
    expect: only('login', ['admin']),
  },

  // LTI 1.3: the endpoints learning environments call, and the docent's deep-linking picker
  {
    route: '/api/lti/login',
    kind: 'route',
    url: () =>
      '/api/lti/login?iss=https%3A%2F%2Fonbekend.example&login_hint=x&target_link_uri=https%3A%2F%2Fx.example%2F',
    expect: everyone('notfound'),
  },
  {
    // The login's second step (ADR 035): without a login initiation's parameters and state there is nothing to do.
    route: '/api/lti/login/continue',
    kind: 'route',
    url: () => '/api/lti/login/continue',
    expect: everyone('invalid'),
  },
  {
    route: '/api/lti/launch',
    kind: 'route',
    method: 'POST',
    url: () => '/api/lti/launch',
    // A launch is a form post with a signed token from a registered platform; anything else is refused as invalid.
    expect: everyone('invalid'),
  },
  {
    // The launch checked through the platform's storage, posted by our own launch page: without its form, invalid.
    route: '/api/lti/launch/storage',
    kind: 'route',
    method: 'POST',
    url: () => '/api/lti/launch/storage',
    expect: everyone('invalid'),
  },
  {
    // Dynamic registration (ADR 038): only a registration link an admin made opens it; any other secret is unknown.
    route: '/api/lti/register/[token]',
    kind: 'route',
    url: () => '/api/lti/register/onbekende-registratielink-0123456789',
    expect: everyone('notfound'),
  },
  { route: '/api/lti/jwks', kind: 'route', url: () => '/api/lti/jwks', expect: everyone('allow') },
  {
    route: '/api/lti/deep-link',
    kind: 'route',
    method: 'POST',
    url: () => '/api/lti/deep-link',
    // The ticket authenticates the post, not a session (ADR 037): without one, there is nothing to send back.
    expect: everyone('deny'),
  },
  // The picker needs its ticket, not a session (ADR 037): without one it explains that the session expired.
  { route: '/lti/kiezen', kind: 'page', url: () => '/lti/kiezen', expect: everyone('allow') },
  {
    // The check after a framed launch (ADR 037): without a hand-off token, invalid.
    route: '/api/lti/launch/check',
    kind: 'route',
    url: () => '/api/lti/launch/check',
    expect: everyone('invalid'),
  },
  {
    // The hand-off to a new window (ADR 037): without its single-use token, invalid.
    route: '/api/lti/handoff',
    kind: 'route',
    method: 'POST',
    url: () => '/api/lti/handoff',
    expect: everyone('invalid'),
  },

  // Authoring
  { route: '/scenarios', kind: 'page', url: () => '/scenarios', expect: only('login', AUTHORS) },
  {
    route: '/scenarios/[caseId]/[dilemmaId]',
    kind: 'page',
    url: () => '/scenarios/kramer/huisarts',
    expect: only('login', AUTHORS),
  },
  {
    route: '/scenarios/[caseId]/[dilemmaId]/voorbeeld/[sceneId]',
    kind: 'page',
    url: () => '/scenarios/kramer/huisarts/voorbeeld/spreekkamer',
    expect: only('login', ['admin']),
  },

  // API
  { route: '/api/health', kind: 'route', url: () => '/api/health', expect: everyone('allow') },
  { route: '/api/health/live', kind: 'route', url: () => '/api/health/live', expect: everyone('allow') },
  { route: '/api/health/ready', kind: 'route', url: () => '/api/health/ready', expect: everyone('allow') },
  { route: '/api/auth/[...nextauth]', kind: 'route', url: () => '/api/auth/session', expect: everyone('allow') },
  // What is left of the session (the warning before it ends); POST extends it, from our own pages only.
  { route: '/api/sessie', kind: 'route', url: () => '/api/sessie', expect: members('unauth') },
  {
    route: '/api/attempts',
    kind: 'route',
    method: 'POST',
    url: () => '/api/attempts',
    body: { caseId: 'kramer', dilemmaId: 'bestaat-niet' },
    // Signed in, an unknown dilemma is not found; starting a real one is covered by the player tests.
    expect: { ...everyone('notfound'), anonymous: 'unauth' },
  },
  {
    route: '/api/attempts/[attemptId]/moves',
    kind: 'route',
    method: 'POST',
    url: () => '/api/attempts/bestaat-niet/moves',
    body: { caseId: 'kramer', dilemmaId: 'huisarts', kind: 'choice', step: 1, choiceId: 'x' },
    // Signed in, someone else's or an unknown attempt is simply not found.
    expect: { ...everyone('notfound'), anonymous: 'unauth' },
  },
  {
    route: '/api/certificaten/[code]',
    kind: 'route',
    url: () => '/api/certificaten/DW-ABCD-EFGH',
    expect: { ...everyone('notfound'), anonymous: 'unauth' },
  },
  {
    route: '/api/rapportage/voltooiing',
    kind: 'route',
    url: report('/api/rapportage/voltooiing'),
    expect: { ...only('unauth', REPORT_READERS) },
  },
  {
    route: '/api/rapportage/inzicht',
    kind: 'route',
    url: report('/api/rapportage/inzicht'),
    expect: { ...only('unauth', REPORT_READERS) },
  },
]

/** Every server action, with the guard it must call first. "public" actions are guarded by what they are given. */
export const ACTIONS: Record<string, { guard: RegExp; why: string }> = {
  'account/actions.ts#signOutEverywhereAction': { guard: /requireUser\(/, why: 'own sessions' },
  'account/actions.ts#eraseAccountAction': { guard: /requireUser\(/, why: 'own account, with password' },
  'account/actions.ts#resendVerificationAction': {
    guard: /requireUser\(/,
    why: 'own address; rate-limited per account',
  },
  '(auth)/aanmelden/bevestigen/[token]/actions.ts#confirmEmailAction': {
    guard: /confirmEmail\(/,
    why: 'public; the single-use link admits',
  },
  '(auth)/aanmelden/actions.ts#registerWithJoinCodeAction': {
    guard: /consumeLimit\(/,
    why: 'public; the join code admits, rate-limited',
  },
  '(auth)/aanmelden/actions.ts#registerWithInvitationAction': {
    guard: /consumeLimit\(/,
    why: 'public; the invitation admits, rate-limited',
  },
  '(auth)/inloggen/actions.ts#signInAction': {
    guard: /checkCredentials\(/,
    why: 'public; the password admits, throttled per account and address',
  },
  '(auth)/uitloggen/actions.ts#signOutAction': {
    guard: /revokeSession\(/,
    why: 'ends only the session of the cookie it is sent with',
  },
  '(publiek)/meedoen/actions.ts#joinClassAction': { guard: /requireUser\(/, why: 'signed in; the join code admits' },
  '(publiek)/verifieer/actions.ts#verifyCodeAction': {
    guard: /normaliseVerificationCode\(/,
    why: 'public; only redirects',
  },
  '(leren)/leren/certificaten/actions.ts#issueCertificateAction': {
    guard: /requirePermission\('play:scenario:own'/,
    why: 'own certificates',
  },
  // resolve() is the file's own guard: requirePermission('play:scenario:own') and the dilemma lookup.
  '(leren)/leren/[caseId]/[dilemmaId]/actions.ts#startAttemptAction': {
    guard: /await resolve\(formData\)/,
    why: 'own attempts',
  },
  '(leren)/leren/[caseId]/[dilemmaId]/actions.ts#moveAction': {
    guard: /await resolve\(formData\)/,
    why: 'own attempts',
  },
  '(beheer)/beheer/gebruikers/actions.ts#changeRoleAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin',
  },
  '(beheer)/beheer/gebruikers/actions.ts#setActiveAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin; deactivating needs the confirmation step',
  },
  '(beheer)/beheer/gebruikers/_second-factor/actions.ts#resetSecondFactorAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin; audited',
  },
  '(beheer)/beheer/organisaties/actions.ts#setMfaForDocentsAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin; audited',
  },
  '(auth)/inloggen/wachtwoord-vergeten/actions.ts#requestPasswordResetAction': {
    guard: /consumeLimit\(/,
    why: 'public; same answer for every address, rate-limited per IP and per address',
  },
  '(auth)/inloggen/nieuw-wachtwoord/[token]/actions.ts#resetPasswordAction': {
    guard: /resetPassword\(/,
    why: 'public; the single-use link admits',
  },
  '(auth)/inloggen/tweestaps/actions.ts#answerChallengeAction': {
    guard: /requireSecondFactorStep\(\['challenge'\]/,
    why: 'a password-only session of an enrolled user; wrong codes rate-limited',
  },
  'account/tweestapsverificatie/actions.ts#confirmEnrolmentAction': {
    guard: /requireSecondFactorStep\(\['enrol', 'none'\]/,
    why: 'own second factor',
  },
  'account/tweestapsverificatie/actions.ts#forgetDevicesAction': { guard: /requireUser\(/, why: 'own devices' },
  '(beheer)/beheer/actions.ts#createInvitationAction': { guard: /requirePermission\('manage:user:any'/, why: 'admin' },
  '(beheer)/beheer/actions.ts#unblockSignInAction': { guard: /requirePermission\('manage:user:any'/, why: 'admin' },
  '(beheer)/beheer/actions.ts#registerPlatformAction': { guard: /requirePermission\('manage:user:any'/, why: 'admin' },
  '(beheer)/beheer/actions.ts#removePlatformAction': { guard: /requirePermission\('manage:user:any'/, why: 'admin' },
  '(beheer)/beheer/actions.ts#createRegistrationLinkAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin; the link lets an LMS register itself for the organisation (ADR 038); audited',
  },
  '(beheer)/beheer/actions.ts#revokeRegistrationLinkAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin; audited',
  },
  '(beheer)/beheer/actions.ts#rotateToolKeyAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: 'admin; the tool key is shared and a rotation breaks nothing; audited',
  },
  '(beheer)/beheer/actions.ts#retryParkedScoresAction': {
    guard: /requirePermission\('manage:user:any'/,
    why: "admin of the platform's organisation (checked in retryParkedScores); audited",
  },
  '(gemeente)/rapportage/verplicht/actions.ts#setRequiredModulesAction': {
    guard: /requirePermission\('manage:report-settings:org'[\s\S]*hasPermission\(/,
    why: 'coordinator of that organisation',
  },
  '(gemeente)/rapportage/afspraken/actions.ts#createAgreementAction': {
    guard: /requirePermission\('manage:agreement:org'[\s\S]*hasPermission\(/,
    why: 'coordinator of that organisation',
  },
  '(gemeente)/rapportage/afspraken/actions.ts#editAgreementAction': {
    guard: /requirePermission\('manage:agreement:org'[\s\S]*hasPermission\(/,
    why: 'coordinator of that organisation; the afspraak is looked up within it',
  },
  '(gemeente)/rapportage/afspraken/actions.ts#withdrawAgreementAction': {
    guard: /requirePermission\('manage:agreement:org'[\s\S]*hasPermission\(/,
    why: 'coordinator of that organisation; the afspraak is looked up within it',
  },
  '(docent)/klas/actions.ts#createClassAction': {
    guard: /requirePermission\('manage:group:org'/,
    why: 'docent; organisation checked in createClass',
  },
  '(docent)/klas/actions.ts#renameClassAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/actions.ts#archiveClassAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/actions.ts#joinCodeAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/actions.ts#removeMemberAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/actions.ts#assignAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/actions.ts#updateAssignmentAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/[groupId]/docenten/actions.ts#addOwnerAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(docent)/klas/[groupId]/docenten/actions.ts#removeOwnerAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation; never the last owner',
  },
  '(docent)/klas/[groupId]/docenten/actions.ts#handOverAction': {
    guard: /requireClass\(/,
    why: 'admin of the class organisation (checked in handOver)',
  },
  '(docent)/klas/live/actions.ts#startOwnLiveAction': {
    guard: /requirePermission\('manage:group:org'/,
    why: 'docent; the same permission as creating a class',
  },
  '(docent)/klas/[groupId]/live/actions.ts#startClassLiveAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
  '(publiek)/live/actions.ts#joinLiveAction': {
    guard: /consumeLimit\(/,
    why: 'public; the code of a running session admits, rate-limited like join codes',
  },
  '(docent)/klas/actions.ts#syncRosterAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation; the class must come from an LMS course',
  },
  '(docent)/klas/actions.ts#removeAssignmentAction': {
    guard: /requireClass\(/,
    why: 'owner of the class, or admin of its organisation',
  },
}
