import { z } from 'zod'
import { isMultiTenantEntraIssuer, parseTenantList, TENANT_ID } from '@/lib/sso/entra-tenants'

// Every setting the app reads, validated once at boot so a typo fails loudly with the variable's name.
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
      .optional(),
    // Set by the start script when the embedded database is used: it serves one connection at a time.
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    DEELWIJS_DATA_DIR: z.string().min(1).default('.data'),
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    NEXTAUTH_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DEELWIJS_SEED_DEMO: z.enum(['true', 'false']).default('true'),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    // Rate limits are kept in Redis when set (shared by every app instance), in memory otherwise.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    // How many reverse proxies of our own sit in front of the app. 0: the client is the socket's address (X-Forwarded-For
    // is ignored). N: the client is the Nth address from the right of X-Forwarded-For (lib/http/client-address.ts).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Prometheus metrics at GET /metrics, for a scraper that sends "Authorization: Bearer <token>"; off when unset.
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Abuse limits per IP address (sign-in per 15 minutes, registration per hour) and per person (join codes per hour).
    RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(1).max(100_000).default(60),
    RATE_LIMIT_REGISTRATION: z.coerce.number().int().min(1).max(100_000).default(10),
    RATE_LIMIT_JOIN_CODE: z.coerce.number().int().min(1).max(100_000).default(20),
    // Password reset requests per IP address per hour (per e-mail address: 3 per hour, fixed).
    RATE_LIMIT_PASSWORD_RESET: z.coerce.number().int().min(1).max(100_000).default(10),
    // Wrong second-factor codes per account per 15 minutes.
    RATE_LIMIT_SECOND_FACTOR: z.coerce.number().int().min(1).max(100_000).default(5),
    // Learning environments allowed to show Deelwijs in a frame (LTI): https origins, space-separated.
    FRAME_ANCESTORS: z.string().optional(),
    // Sessions end after this much inactivity, and in any case this long after signing in.
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(120),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    // Outgoing mail (password reset, invitations). Without SMTP_URL, mail is kept in the database and an admin reads it
    // at /beheer/mail (lib/mail). smtp:// uses STARTTLS when the server offers it; smtps:// is TLS from the start.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).max(200).default('Deelwijs <no-reply@deelwijs.invalid>'),
    // Shown on the privacy statement and the accessibility statement as the address for questions and requests.
    DEELWIJS_CONTACT_EMAIL: z.email().optional(),
    // The retention job (npm run retention) removes learner accounts inactive for this many months.
    RETENTION_INACTIVE_MONTHS: z.coerce.number().int().min(1).max(240).default(24),

    // Single sign-on with OpenID Connect (docs/integrations.md). Off unless issuer, client id and secret are all set.
    OIDC_PRESET: z.enum(['generic', 'surfconext', 'entra']).default('generic'),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_DISPLAY_NAME: z.string().max(60).optional(),
    // The claim naming the person's organisation (the preset's default otherwise), and its values mapped to organisation
    // slugs: "hva.nl=hva uva.nl=uva". People whose value is not listed go to OIDC_DEFAULT_ORGANISATION, or are refused.
    OIDC_ORGANISATION_CLAIM: z.string().optional(),
    OIDC_ORGANISATIONS: z.string().optional(),
    OIDC_DEFAULT_ORGANISATION: z.string().optional(),
    // Everyone signs in as a learner, unless the role claim holds one of these values (comma-separated): then docent.
    OIDC_ROLE_CLAIM: z.string().optional(),
    OIDC_DOCENT_VALUES: z.string().optional(),
    // Microsoft Entra tenant ids (GUIDs, comma-separated) whose people may sign in: the ID token's tid must be one of
    // them. Required when OIDC_ISSUER is a multi-tenant Entra endpoint (/common, /organizations, /consumers,
    // {tenantid}), which would otherwise admit any tenant and personal Microsoft accounts (ADR 034).
    OIDC_ALLOWED_TENANTS: z
      .string()
      .transform(parseTenantList)
      .pipe(z.array(z.string().regex(TENANT_ID, 'each tenant id must be a GUID')).min(1, 'list at least one tenant id'))
      .optional(),

    // xAPI statements (docs/integrations.md): recorded when enabled, and sent to the LRS when its URL is set.
    XAPI_ENABLED: z.enum(['true', 'false']).default('false'),
    XAPI_LRS_URL: z.url().optional(),
    XAPI_LRS_USERNAME: z.string().optional(),
    XAPI_LRS_PASSWORD: z.string().optional(),
    // pseudonym: an account name derived from the user id (default); named: the person's e-mail address and name.
    XAPI_ACTOR: z.enum(['pseudonym', 'named']).default('pseudonym'),
    // How often the outbox sends what is due to the LRS and to learning platforms' gradebooks.
    OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
    // LTI Dynamic Registration (ADR 038) fetches addresses an LMS names. In production only https on public addresses;
    // an LMS on the organisation's own network (private addresses: 10/8, 172.16/12, 192.168/16, fc00::/7) needs this.
    LTI_REGISTRATION_PRIVATE_NETWORKS: z.enum(['true', 'false']).default('false'),
    // A test setting: also http://localhost in production mode (the e2e suite's test LMS). Never set it in production.
    LTI_REGISTRATION_ALLOW_HTTP_LOCALHOST: z.enum(['true', 'false']).default('false'),
    // Encrypts the LTI tool's private signing keys in the database (AES-256-GCM, lib/lti/key-encryption.server.ts):
    // 32 random bytes, base64 (openssl rand -base64 32). npm start generates one into DEELWIJS_DATA_DIR when unset.
    LTI_KEY_ENCRYPTION_KEY: z
      .string()
      .refine(
        (value) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32,
        'must be 32 random bytes, base64-encoded (openssl rand -base64 32)',
      )
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.OIDC_ISSUER && isMultiTenantEntraIssuer(e.OIDC_ISSUER, e.OIDC_PRESET) && !e.OIDC_ALLOWED_TENANTS) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ALLOWED_TENANTS'],
        message:
          'required when OIDC_ISSUER is a multi-tenant Microsoft Entra endpoint (/common, /organizations, /consumers): ' +
          'list the tenant ids allowed to sign in, or use the issuer of your own tenant',
      })
    }
  })

export type Env = z.infer<typeof schema>

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new EnvError(`Invalid environment settings:\n${lines.join('\n')}`)
  }
  return result.data
}

let cached: Env | undefined
export function env(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
