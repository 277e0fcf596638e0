// A test LTI 1.3 platform (what Brightspace, Canvas or Moodle are to Deelwijs), on localhost. It signs real ID tokens
// with its own RSA key (jose), runs the OIDC third-party login, accepts deep-linking responses and AGS scores (checking
// the tool's signatures against the tool's published keys), and records what it received for the tests to inspect.
// Used in-process by tests/integration/lti.test.ts and as a server by the e2e suite (tests/servers/run-lti-platform.ts).
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { createRemoteJWKSet, exportJWK, generateKeyPair, importJWK, type JWTPayload, jwtVerify, SignJWT } from 'jose'

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
  }
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

  /** The ID token of a launch, with the LTI claims a real platform sends (and an e-mail the tool should not keep). */
  async function idToken(launch: LaunchRequest, nonce: string, tweak: TokenTweak = {}) {
    const roles = launch.roles
      ? launch.roles.split(',')
      : [`http://purl.imsglobal.org/vocab/lis/v2/membership#${launch.role}`]
    enrol(launch.course, { user_id: `lms-${launch.user}`, roles, name: `Test ${launch.user}`, status: 'Active' })
    deployments.add(launch.deployment ?? deploymentId)
    const claims: JWTPayload = {
      nonce,
      name: `Test ${launch.user}`,
      email: `${launch.user}@lms.example`,
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: launch.deployment ?? deploymentId,
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
      .setAudience(tweak.audience ?? clientId)
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
    login.searchParams.set('client_id', clientId)
    if (hints.deploymentHint !== false) login.searchParams.set('lti_deployment_id', launch.deployment ?? deploymentId)
    if (launch.storageTarget) login.searchParams.set('lti_storage_target', launch.storageTarget)
    return login.toString()
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
    if (path === '/jwks') {
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
      const ok =
        q.get('client_id') === clientId &&
        q.get('redirect_uri') === `${options.toolOrigin}/api/lti/launch` &&
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
        const { payload } = await jwtVerify(form.get('client_assertion') ?? '', toolKeys, {
          issuer: clientId,
          subject: clientId,
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
        const { payload } = await jwtVerify(form.get('JWT') ?? '', toolKeys, { issuer: clientId, audience: issuer })
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
