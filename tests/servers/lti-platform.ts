// A test LTI 1.3 platform (what Brightspace, Canvas or Moodle are to Deelwijs), on localhost. It signs real ID tokens
// with its own RSA key (jose), runs the OIDC third-party login, accepts deep-linking responses and AGS scores (checking
// the tool's signatures against the tool's published keys), and records what it received for the tests to inspect.
// It also takes LTI Dynamic Registration (an OpenID configuration, a registration endpoint, and an admin screen that
// opens the tool's registration URL in a window); a tool that registered itself launches with `client` set.
// Used in-process by tests/integration/lti.test.ts and as a server by the e2e suite (tests/servers/run-lti-platform.ts).
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import {
  createRemoteJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose'

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/'
const LTI_DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/'
const LTI_AGS = 'https://purl.imsglobal.org/spec/lti-ags/claim/'
const LTI_NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/claim/'
const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly'

/** A member of a course roster, as NRPS 2.0 lists it. */
export type RosterMember = {
  user_id: string
  roles: string[]
  status?: 'Active' | 'Inactive' | 'Deleted'
  name?: string
}

export type LaunchRequest = {
  kind: 'resource' | 'deeplink'
  user: string
  role: 'Learner' | 'Instructor'
  /** Comma-separated role URIs sent instead of the one membership role (mixed claims, as Canvas and Moodle send). */
  roles?: string
  course: string
  link?: string
  target: string
  lineItem?: string
  /** Another deployment of the tool in this platform than the first one. */
  deployment?: string
  /** A client the tool registered itself as (dynamic registration); its own deployment unless `deployment` says. */
  client?: string
  /** A copied course or link: the earlier ids, as $Context.id.history and $ResourceLink.id.history are filled. */
  contextHistory?: string
  linkHistory?: string
  /**
   * Deep linking settings other than the usual (ltiResourceLink; iframe and window; several items), comma-separated as
   * they travel in the /launch query: acceptTypes "link,file", acceptTargets "embed" ("" for none), acceptMultiple
   * "false" (or "absent" to leave the claim out).
   */
  acceptTypes?: string
  acceptTargets?: string
  acceptMultiple?: 'true' | 'false' | 'absent'
  /** The platform offers its storage (1EdTech postMessage storage): '_parent', or 'lti_storage' for its own frame. */
  storageTarget?: string
}

/** Ways a token can differ from a well-formed one, for tests of the tool's checks. */
export type TokenTweak = {
  /** Seconds the platform's clock runs ahead of (or, negative, behind) the real time. */
  clockSkew?: number
  /** Lifetime in seconds; null leaves the exp claim out. */
  lifetime?: number | null
  alg?: 'RS256' | 'RS512'
  azp?: string
  audience?: string[]
  targetLinkUri?: string
}

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>

export async function startTestPlatform(options: { port: number; toolOrigin: string }) {
  const url = `http://localhost:${options.port}`
  const issuer = url
  const clientId = 'deelwijs-test-tool'
  const deploymentId = 'deployment-1'
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = randomUUID()
  // Published without "alg", as some platforms do: then only the tool's own rule stops a token choosing another one.
  const publicJwk = { ...(await exportJWK(publicKey)), kid, use: 'sig' }
  const toolKeys = createRemoteJWKSet(new URL(`${options.toolOrigin}/api/lti/jwks`))
  const received = {
    scores: [] as { lineItem: string; score: Record<string, unknown> }[],
    deepLinks: [] as Record<string, unknown>[],
    /** Every deep linking response as received, items and messages (msg, errormsg …), cancels included. */
    deepLinkResponses: [] as JWTPayload[],
    tokens: new Set<string>(),
    /** Token requests answered, and score posts received (accepted or not). */
    tokenRequests: 0,
    scorePosts: 0,
    rosterRequests: 0,
    /** Client registrations posted by the tool (LTI Dynamic Registration), as received. */
    registrations: [] as Record<string, unknown>[],
  }
  // Tools registered through dynamic registration: client id → its deployment and redirect URIs.
  const clients = new Map<string, { deploymentId: string; redirectUris: string[] }>()
  // Registration tokens handed out with a registration start; each works once.
  const registrationTokens = new Set<string>()
  // Answers a test sets for a line item's scores (a deleted column: 404; an LMS in maintenance: 503), instead of 200.
  const scoreAnswers = new Map<string, { status: number; body: string }>()
  function answerScores(lineItem: string, answer?: { status: number; body?: string }) {
    if (answer) scoreAnswers.set(lineItem, { status: answer.status, body: answer.body ?? '' })
    else scoreAnswers.delete(lineItem)
  }
  /** Forgets every access token it gave out, as a restarted LMS does: the next score with an old token gets 401. */
  function forgetTokens() {
    received.tokens.clear()
  }
  // The deployments it launched for: a deep linking response must name one of them (a test may register its own).
  const deployments = new Set([deploymentId])
  const tokenScopes = new Map<string, string>()
  // Course rosters (NRPS): everyone who launched from a course is enrolled in it, as in a real LMS; tests add others.
  const rosters = new Map<string, Map<string, RosterMember>>()
  function enrol(course: string, member: RosterMember) {
    const roster = rosters.get(course) ?? new Map<string, RosterMember>()
    roster.set(member.user_id, member)
    rosters.set(course, roster)
  }

  function deploymentOf(launch: LaunchRequest) {
    return launch.deployment ?? (launch.client ? clients.get(launch.client)?.deploymentId : undefined) ?? deploymentId
  }

  /** The ID token of a launch, with the LTI claims a real platform sends (and an e-mail the tool should not keep). */
  async function idToken(launch: LaunchRequest, nonce: string, tweak: TokenTweak = {}) {
    const roles = launch.roles
      ? launch.roles.split(',')
      : [`http://purl.imsglobal.org/vocab/lis/v2/membership#${launch.role}`]
    enrol(launch.course, { user_id: `lms-${launch.user}`, roles, name: `Test ${launch.user}`, status: 'Active' })
    deployments.add(deploymentOf(launch))
    const claims: JWTPayload = {
      nonce,
      name: `Test ${launch.user}`,
      email: `${launch.user}@lms.example`,
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: deploymentOf(launch),
      [`${LTI}target_link_uri`]: tweak.targetLinkUri ?? launch.target,
      ...(tweak.azp ? { azp: tweak.azp } : {}),
      [`${LTI}roles`]: roles,
      [`${LTI_NRPS}namesroleservice`]: {
        context_memberships_url: `${url}/memberships/${encodeURIComponent(launch.course)}`,
        service_versions: ['2.0'],
      },
      [`${LTI}context`]: { id: launch.course, title: `Cursus ${launch.course}`, label: launch.course },
      [`${LTI}custom`]: {
        ...(launch.contextHistory !== undefined ? { context_id_history: launch.contextHistory } : {}),
        ...(launch.linkHistory !== undefined ? { resource_link_id_history: launch.linkHistory } : {}),
      },
    }
    if (launch.kind === 'deeplink') {
      claims[`${LTI}message_type`] = 'LtiDeepLinkingRequest'
      const list = (value: string | undefined, usual: string[]) =>
        value === undefined ? usual : value.split(',').filter(Boolean)
      claims[`${LTI_DL}deep_linking_settings`] = {
        deep_link_return_url: `${url}/deep-link-return`,
        accept_types: list(launch.acceptTypes, ['ltiResourceLink']),
        accept_presentation_document_targets: list(launch.acceptTargets, ['iframe', 'window']),
        ...(launch.acceptMultiple === 'absent' ? {} : { accept_multiple: launch.acceptMultiple !== 'false' }),
        data: 'opaque-platform-data',
      }
    } else {
      claims[`${LTI}message_type`] = 'LtiResourceLinkRequest'
      claims[`${LTI}resource_link`] = { id: launch.link ?? 'link-1', title: 'Deelwijs' }
      if (launch.lineItem) {
        claims[`${LTI_AGS}endpoint`] = {
          scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
          lineitem: `${url}/lineitems/${launch.lineItem}`,
          lineitems: `${url}/lineitems`,
        }
      }
    }
    const now = Math.floor(Date.now() / 1000) + (tweak.clockSkew ?? 0)
    const lifetime = tweak.lifetime === undefined ? 300 : tweak.lifetime
    const alg = tweak.alg ?? 'RS256'
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg, kid })
      .setIssuer(issuer)
      .setAudience(tweak.audience ?? launch.client ?? clientId)
      .setSubject(`lms-${launch.user}`)
      .setIssuedAt(now)
    if (lifetime !== null) jwt.setExpirationTime(now + lifetime)
    // The RS512 token is signed with the published key's private half, so only the algorithm differs.
    return jwt.sign(alg === 'RS512' ? await asRs512(privateKey) : privateKey)
  }

  async function asRs512(key: CryptoKey) {
    const jwk = await exportJWK(key)
    return (await importJWK({ ...jwk, alg: 'RS512' }, 'RS512')) as CryptoKey
  }

  /** Step 1 of a launch: the URL the platform sends the browser to (the tool's login initiation). */
  function loginInitiationUrl(launch: LaunchRequest, hints: { deploymentHint?: boolean } = {}) {
    const login = new URL(`${options.toolOrigin}/api/lti/login`)
    login.searchParams.set('iss', issuer)
    login.searchParams.set('login_hint', launch.user)
    login.searchParams.set('target_link_uri', launch.target)
    login.searchParams.set('lti_message_hint', Buffer.from(JSON.stringify(launch)).toString('base64url'))
    login.searchParams.set('client_id', launch.client ?? clientId)
    if (hints.deploymentHint !== false) login.searchParams.set('lti_deployment_id', deploymentOf(launch))
    if (launch.storageTarget) login.searchParams.set('lti_storage_target', launch.storageTarget)
    return login.toString()
  }

  /** The client a tool signs as: the manually registered one, or one it registered dynamically. */
  function knownClient(value: unknown) {
    if (value === clientId || (typeof value === 'string' && clients.has(value))) return value as string
    throw new Error('unknown client')
  }

  /**
   * LTI Dynamic Registration, the platform's side. The OpenID configuration (§3.4) at /.well-known/openid-configuration;
   * `?variant=` makes it wrong in one way for the tool's checks: issuer-mismatch, no-claim, http-endpoints, huge, slow,
   * redirect, and refuse / no-deployment (the registration endpoint then refuses, or answers without a deployment).
   */
  async function openIdConfiguration(variant: string | null) {
    const registrationEndpoint = `${url}/register${variant ? `?variant=${encodeURIComponent(variant)}` : ''}`
    const config: Record<string, unknown> = {
      issuer: variant === 'issuer-mismatch' ? 'https://lms.elders.example' : issuer,
      authorization_endpoint: `${url}/auth`,
      token_endpoint: variant === 'http-endpoints' ? 'http://lms.example/token' : `${url}/token`,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      jwks_uri: `${url}/jwks`,
      registration_endpoint: registrationEndpoint,
      scopes_supported: [
        'openid',
        'https://purl.imsglobal.org/spec/lti-ags/scope/score',
        'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
        NRPS_SCOPE,
      ],
      response_types_supported: ['id_token'],
      subject_types_supported: ['public', 'pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      claims_supported: ['iss', 'aud', 'sub', 'name', 'given_name', 'family_name', 'email'],
      'https://purl.imsglobal.org/spec/lti-platform-configuration': {
        product_family_code: 'testleeromgeving',
        version: '1.0',
        messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
      },
    }
    if (variant === 'no-claim') delete config['https://purl.imsglobal.org/spec/lti-platform-configuration']
    if (variant === 'huge') config.padding = 'x'.repeat(200_000)
    if (variant === 'slow') await new Promise((resolve) => setTimeout(resolve, 3000))
    return config
  }

  /** Checks a client registration as a platform must (§3.5), and registers the tool: a new client and deployment. */
  function registerTool(body: Record<string, unknown>) {
    const tool = body['https://purl.imsglobal.org/spec/lti-tool-configuration'] as Record<string, unknown> | undefined
    const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])
    const messages = Array.isArray(tool?.messages) ? (tool.messages as { type?: string }[]).map((m) => m.type) : []
    const problems = [
      body.application_type === 'web' || 'application_type',
      list(body.response_types).includes('id_token') || 'response_types',
      (list(body.grant_types).includes('implicit') && list(body.grant_types).includes('client_credentials')) ||
        'grant_types',
      body.initiate_login_uri === `${options.toolOrigin}/api/lti/login` || 'initiate_login_uri',
      list(body.redirect_uris).includes(`${options.toolOrigin}/api/lti/launch`) || 'redirect_uris',
      body.jwks_uri === `${options.toolOrigin}/api/lti/jwks` || 'jwks_uri',
      body.token_endpoint_auth_method === 'private_key_jwt' || 'token_endpoint_auth_method',
      String(body.scope ?? '').includes('https://purl.imsglobal.org/spec/lti-ags/scope/score') || 'scope',
      tool?.domain === new URL(options.toolOrigin).host || 'domain',
      tool?.target_link_uri === `${options.toolOrigin}/api/lti/launch` || 'target_link_uri',
      messages.includes('LtiResourceLinkRequest') || 'messages',
      messages.includes('LtiDeepLinkingRequest') || 'messages',
    ].filter((problem) => problem !== true)
    if (problems.length > 0) return { problems }
    const n = clients.size + 1
    const client = `deelwijs-dynamisch-${n}-${randomUUID().slice(0, 8)}`
    const deployment = `dynamisch-deployment-${n}`
    clients.set(client, { deploymentId: deployment, redirectUris: list(body.redirect_uris) })
    received.registrations.push(body)
    return { client, deployment }
  }

  /** A registration start, as the LMS opens the tool's registration URL: with its configuration and a fresh token. */
  function registrationStartUrl(toolUrl: string, variant?: string) {
    const token = randomUUID()
    registrationTokens.add(token)
    const start = new URL(toolUrl)
    const configuration = `${url}/.well-known/openid-configuration${variant ? `?variant=${variant}` : ''}`
    start.searchParams.set('openid_configuration', configuration)
    start.searchParams.set('registration_token', token)
    return start.toString()
  }

  function bearerOf(req: http.IncomingMessage) {
    return (req.headers.authorization ?? '').replace(/^Bearer /, '')
  }

  function page(res: http.ServerResponse, status: number, body: string) {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Testleeromgeving</title></head>
<body><main><h1>Testleeromgeving</h1>${body}</main></body></html>`)
  }

  /**
   * The platform's side of the 1EdTech postMessage storage (lti-pm-s), as Canvas and Brightspace run it in the course
   * page and in a frame of their own: keeps strings per tool origin and key, answers `<subject>.response` to the
   * asking frame's origin only, and logs what it was asked (window.ltiStorageLog) for the e2e suite.
   */
  const storageResponder = `<script>
window.ltiStorageLog = []
const kept = new Map()
window.addEventListener('message', (event) => {
  const data = event.data
  if (!data || (data.subject !== 'lti.put_data' && data.subject !== 'lti.get_data')) return
  const slot = event.origin + ' ' + data.key
  if (data.subject === 'lti.put_data') kept.set(slot, data.value)
  window.ltiStorageLog.push({ subject: data.subject, key: data.key, origin: event.origin })
  event.source.postMessage(
    { subject: data.subject + '.response', message_id: data.message_id, key: data.key, value: kept.get(slot) ?? null },
    event.origin,
  )
})
</script>`

  async function readForm(req: http.IncomingMessage) {
    let body = ''
    for await (const chunk of req) body += chunk
    return new URLSearchParams(body)
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const request = new URL(req.url ?? '/', url)
    const path = request.pathname
    if (path === '/.well-known/openid-configuration' && req.method === 'GET') {
      const variant = request.searchParams.get('variant')
      if (variant === 'redirect') return res.writeHead(302, { location: 'https://elders.example/' }).end()
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(await openIdConfiguration(variant)))
    } else if (path === '/register' && req.method === 'POST') {
      // The registration endpoint (§3.5): the bearer is a registration token handed out with a start, used once.
      const variant = request.searchParams.get('variant')
      const bearer = bearerOf(req)
      if (!registrationTokens.delete(bearer)) {
        return res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_token"}')
      }
      let body = ''
      for await (const chunk of req) body += chunk
      if (variant === 'refuse') {
        return res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_client_metadata"}')
      }
      const outcome = registerTool(JSON.parse(body) as Record<string, unknown>)
      if ('problems' in outcome) {
        res.writeHead(400, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ error: 'invalid_client_metadata', problems: outcome.problems }))
      }
      const answer = JSON.parse(body) as Record<string, unknown>
      const tool = answer['https://purl.imsglobal.org/spec/lti-tool-configuration'] as Record<string, unknown>
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          ...answer,
          client_id: outcome.client,
          'https://purl.imsglobal.org/spec/lti-tool-configuration': {
            ...tool,
            ...(variant === 'no-deployment' ? {} : { deployment_id: outcome.deployment }),
          },
        }),
      )
    } else if (path === '/admin/register-tool' && req.method === 'GET') {
      // The LMS admin's screen: paste the tool's registration URL; the platform opens it in a window with its
      // configuration and a registration token, and waits for the tool's org.imsglobal.lti.close message.
      const toolUrl = request.searchParams.get('url')
      if (!toolUrl) {
        return page(
          res,
          200,
          `<h2>LTI-tool registreren (dynamisch)</h2><form method="get" action="/admin/register-tool">
<label for="url">Tool-URL</label> <input id="url" name="url" type="url" size="80">
<button type="submit">Registreren</button></form>`,
        )
      }
      const start = registrationStartUrl(toolUrl, request.searchParams.get('variant') ?? undefined)
      page(
        res,
        200,
        `<h2>LTI-tool registreren (dynamisch)</h2><p id="status">De tool wordt geregistreerd in een nieuw venster.</p>
<button id="open" type="button">Open het registratievenster</button>
<script>
const start = ${JSON.stringify(start)}
window.addEventListener('message', (event) => {
  if (event.data && event.data.subject === 'org.imsglobal.lti.close') {
    document.getElementById('status').textContent = 'Registratie afgerond: het venster van de tool is gesloten.'
    if (window.registrationWindow) window.registrationWindow.close()
  }
})
document.getElementById('open').addEventListener('click', () => { window.registrationWindow = window.open(start, 'registratie') })
</script>`,
      )
    } else if (path === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }))
    } else if (path === '/course') {
      // A course page that shows the launch inside a frame, as an LMS does, with the platform's storage frame. The
      // storage frame is always on the issuer's origin, as the tool expects (lti-pm-s), also when a test opens the
      // course page under another host name (127.0.0.1) to make Deelwijs's frame cross-site.
      page(
        res,
        200,
        `<iframe name="lti_storage" title="Opslag" src="${url}/storage-frame" hidden></iframe>${storageResponder}
<iframe title="Deelwijs in de cursus" src="/launch${request.search}" width="1000" height="800"></iframe>`,
      )
    } else if (path === '/storage-frame') {
      page(res, 200, storageResponder)
    } else if (path === '/launch') {
      // Start a launch as a course page would: ?kind=&user=&role=&course=&link=&target=&lineItem=
      const q = Object.fromEntries(request.searchParams) as unknown as LaunchRequest
      res.writeHead(302, { location: loginInitiationUrl(q) }).end()
    } else if (path === '/auth') {
      // The OIDC authorisation endpoint: check the tool's request, then post the signed ID token back.
      const q = request.searchParams
      const launch = JSON.parse(Buffer.from(q.get('lti_message_hint') ?? '', 'base64url').toString()) as LaunchRequest
      const registered = launch.client ? clients.get(launch.client) : undefined
      const ok =
        q.get('client_id') === (launch.client ?? clientId) &&
        (!launch.client || registered !== undefined) &&
        (registered?.redirectUris ?? [`${options.toolOrigin}/api/lti/launch`]).includes(q.get('redirect_uri') ?? '') &&
        q.get('response_type') === 'id_token' &&
        q.get('response_mode') === 'form_post' &&
        q.get('scope') === 'openid' &&
        q.get('login_hint') === launch.user &&
        Boolean(q.get('nonce') && q.get('state'))
      if (!ok) return page(res, 400, '<p>Ongeldige authenticatieaanvraag.</p>')
      const token = await idToken(launch, q.get('nonce') as string)
      page(
        res,
        200,
        `<form id="f" method="post" action="${options.toolOrigin}/api/lti/launch">
<input type="hidden" name="id_token" value="${token}"><input type="hidden" name="state" value="${q.get('state')}">
${launch.storageTarget ? `<input type="hidden" name="lti_storage_target" value="${launch.storageTarget}">` : ''}
<button type="submit">Verder</button></form><script>document.getElementById('f').submit()</script>`,
      )
    } else if (path === '/token' && req.method === 'POST') {
      const form = await readForm(req)
      try {
        if (form.get('grant_type') !== 'client_credentials') throw new Error('grant_type')
        const assertion = form.get('client_assertion') ?? ''
        const client = knownClient(decodeJwt(assertion).iss)
        const { payload } = await jwtVerify(assertion, toolKeys, {
          issuer: client,
          subject: client,
          audience: `${url}/token`,
        })
        if (!payload.jti) throw new Error('jti')
        received.tokenRequests++
        const token = randomUUID()
        received.tokens.add(token)
        tokenScopes.set(token, form.get('scope') ?? '')
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') }),
        )
      } catch (error) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }))
      }
    } else if (/^\/lineitems\/[\w-]+\/scores$/.test(path) && req.method === 'POST') {
      received.scorePosts++
      const forced = scoreAnswers.get(path.split('/')[2] as string)
      if (forced) return res.writeHead(forced.status, { 'content-type': 'text/html' }).end(forced.body)
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '')
      if (!received.tokens.has(bearer)) return res.writeHead(401).end()
      if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return res.writeHead(415).end()
      let body = ''
      for await (const chunk of req) body += chunk
      received.scores.push({ lineItem: path.split('/')[2] as string, score: JSON.parse(body) })
      res.writeHead(200).end()
    } else if (path.startsWith('/memberships/') && req.method === 'GET') {
      // NRPS 2.0 §2.4: the roster of a course, two members a page, the next page in a Link header.
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '')
      if (!tokenScopes.get(bearer)?.split(' ').includes(NRPS_SCOPE)) return res.writeHead(401).end()
      const course = decodeURIComponent(path.slice('/memberships/'.length))
      received.rosterRequests++
      const members = [...(rosters.get(course)?.values() ?? [])]
      const page = Number(request.searchParams.get('page') ?? 0)
      const headers: Record<string, string> = {
        'content-type': 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
      }
      if ((page + 1) * 2 < members.length) headers.link = `<${url}${path}?page=${page + 1}>; rel="next"`
      res.writeHead(200, headers)
      res.end(
        JSON.stringify({
          id: `${url}${path}`,
          context: { id: course, title: `Cursus ${course}` },
          members: members.slice(page * 2, page * 2 + 2),
        }),
      )
    } else if (path.startsWith('/roster/') && req.method === 'POST') {
      // For the e2e suite: enrol members in a course, as an LMS admin would, without them launching.
      let body = ''
      for await (const chunk of req) body += chunk
      const course = decodeURIComponent(path.slice('/roster/'.length))
      for (const member of JSON.parse(body) as RosterMember[]) enrol(course, member)
      res.writeHead(204).end()
    } else if (path.startsWith('/answers/') && req.method === 'POST') {
      // For the e2e suite: how this line item's scores are answered from now on ({ status, body }; {} for 200).
      let body = ''
      for await (const chunk of req) body += chunk
      const answer = JSON.parse(body || '{}') as { status?: number; body?: string }
      answerScores(
        decodeURIComponent(path.slice('/answers/'.length)),
        answer.status ? { status: answer.status, body: answer.body } : undefined,
      )
      res.writeHead(204).end()
    } else if (path === '/scores') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received.scores))
    } else if (path === '/deep-link-return' && req.method === 'POST') {
      const form = await readForm(req)
      try {
        const response = form.get('JWT') ?? ''
        const client = knownClient(decodeJwt(response).iss)
        const { payload } = await jwtVerify(response, toolKeys, { issuer: client, audience: issuer })
        if (payload[`${LTI}message_type`] !== 'LtiDeepLinkingResponse') throw new Error('message type')
        if (!deployments.has(String(payload[`${LTI}deployment_id`]))) throw new Error('deployment')
        if (payload[`${LTI_DL}data`] !== 'opaque-platform-data') throw new Error('data')
        const items = (payload[`${LTI_DL}content_items`] ?? []) as Record<string, unknown>[]
        received.deepLinks.push(...items)
        received.deepLinkResponses.push(payload)
        // A cancel (no items): the platform shows the tool's message, as Canvas and Moodle do.
        if (items.length === 0) {
          const message = String(payload[`${LTI_DL}errormsg`] ?? payload[`${LTI_DL}msg`] ?? '')
          return page(res, 200, `<p>Niets toegevoegd.</p><p id="bericht">${message.replace(/</g, '&lt;')}</p>`)
        }
        // Like an LMS: each item becomes a link in the course, with a gradebook column when it asks for one.
        const links = items
          .map((item, i) => {
            const target = encodeURIComponent(String(item.url))
            const launch = `/launch?kind=resource&user=student-1&role=Learner&course=course-1&link=dl-${i}&target=${target}&lineItem=li-${i}`
            return `<li><a href="${launch}">${String(item.title)}</a></li>`
          })
          .join('')
        page(res, 200, `<p>${items.length} item(s) toegevoegd aan de cursus.</p><ul>${links}</ul>`)
      } catch (error) {
        page(res, 400, `<p>Ongeldig deep-linking-antwoord: ${String(error)}</p>`)
      }
    } else {
      res.writeHead(404).end()
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => res.writeHead(500).end(String(error)))
  })
  await new Promise<void>((resolve) => server.listen(options.port, resolve))
  return {
    url,
    registration: {
      issuer,
      clientId,
      deploymentId,
      authLoginUrl: `${url}/auth`,
      accessTokenUrl: `${url}/token`,
      jwksUrl: `${url}/jwks`,
    },
    received,
    enrol,
    answerScores,
    forgetTokens,
    idToken,
    loginInitiationUrl,
    registrationStartUrl,
    /** The tools that registered themselves: client id → deployment. */
    registeredClients: () => new Map([...clients].map(([client, { deploymentId }]) => [client, deploymentId])),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
