import { z } from 'zod'

// Every setting the app reads, validated once at boot so a typo fails loudly with the variable's name.
const schema = z.object({
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
  // Abuse limits per IP address (sign-in per 15 minutes, registration per hour) and per person (join codes per hour).
  RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(1).max(100_000).default(60),
  RATE_LIMIT_REGISTRATION: z.coerce.number().int().min(1).max(100_000).default(10),
  RATE_LIMIT_JOIN_CODE: z.coerce.number().int().min(1).max(100_000).default(20),
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
  // Shown on the privacy statement and the accessibility statement as the address for questions and requests.
  DEELWIJS_CONTACT_EMAIL: z.email().optional(),
  // The retention job (npm run retention) removes learner accounts inactive for this many months.
  RETENTION_INACTIVE_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
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
