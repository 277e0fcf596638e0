import Redis from 'ioredis'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'
import { env } from '@/lib/env.server'

// Abuse limits for the doors that are open to anyone: signing in, registering, and trying join codes. Counters live in
// Redis when REDIS_URL is set, so every app instance shares them; otherwise in this process's memory. If Redis is
// unreachable, an in-memory limiter takes over (rate-limiter-flexible's insurance limiter): the door stays guarded.
// The per-account sign-in throttle (lib/auth/login-throttle.server.ts) is separate and kept in the database.

export type LimitName =
  | 'signIn'
  | 'registration'
  | 'joinCode'
  | 'passwordResetAddress'
  | 'passwordResetEmail'
  | 'secondFactor'
export type Limit = { points: number; duration: number }

/** The limits from the environment (RATE_LIMIT_*); see lib/env.server.ts for the defaults. */
export function configuredLimits(): Record<LimitName, Limit> {
  const e = env()
  return {
    // Sign-in attempts per IP address, successful or not.
    signIn: { points: e.RATE_LIMIT_SIGN_IN, duration: 15 * 60 },
    // New accounts per IP address.
    registration: { points: e.RATE_LIMIT_REGISTRATION, duration: 60 * 60 },
    // Join-code tries per person: stops guessing codes.
    joinCode: { points: e.RATE_LIMIT_JOIN_CODE, duration: 60 * 60 },
    // Password reset requests per IP address, and per e-mail address (known or not: the same answer either way).
    passwordResetAddress: { points: e.RATE_LIMIT_PASSWORD_RESET, duration: 60 * 60 },
    passwordResetEmail: { points: 3, duration: 60 * 60 },
    // Wrong second-factor codes per account per quarter of an hour (only failures are counted).
    secondFactor: { points: e.RATE_LIMIT_SECOND_FACTOR, duration: 15 * 60 },
  }
}

type Limiters = Record<LimitName, RateLimiterAbstract>
const globalForLimits = globalThis as unknown as { deelwijsLimiters?: Limiters; deelwijsRedis?: Map<string, Redis> }

/** One connection per Redis URL for the whole process. */
function redisClient(url: string): Redis {
  globalForLimits.deelwijsRedis ??= new Map()
  let client = globalForLimits.deelwijsRedis.get(url)
  if (!client) {
    // A short command timeout: when Redis is slow or down, the insurance limiter answers within half a second.
    client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1000, commandTimeout: 500 })
    // Errors are answered by the insurance limiter; keep them out of the logs' error stream.
    client.on('error', () => {})
    globalForLimits.deelwijsRedis.set(url, client)
  }
  return client
}

export function createLimiters(
  redisUrl: string | undefined,
  overrides: Partial<Record<LimitName, Limit>> = {},
  prefix = 'deelwijs',
): Limiters {
  const limits = { ...configuredLimits(), ...overrides }
  const make = (name: LimitName): RateLimiterAbstract => {
    const { points, duration } = limits[name]
    const memory = new RateLimiterMemory({ points, duration, keyPrefix: `${prefix}:${name}` })
    if (!redisUrl) return memory
    return new RateLimiterRedis({
      storeClient: redisClient(redisUrl),
      useRedisPackage: false,
      points,
      duration,
      keyPrefix: `${prefix}:${name}`,
      insuranceLimiter: memory,
    })
  }
  return {
    signIn: make('signIn'),
    registration: make('registration'),
    joinCode: make('joinCode'),
    passwordResetAddress: make('passwordResetAddress'),
    passwordResetEmail: make('passwordResetEmail'),
    secondFactor: make('secondFactor'),
  }
}

function limiters(): Limiters {
  globalForLimits.deelwijsLimiters ??= createLimiters(env().REDIS_URL)
  return globalForLimits.deelwijsLimiters
}

/**
 * A rejection for "limit reached" (a RateLimiterRes), told apart from a real error by its shape, not `instanceof`:
 * the limiters live on globalThis and may have been made by another module instance of the library (a second bundled
 * copy), whose class is a different object. next.config.mjs keeps the library external so there is one copy; this
 * check stays correct even if that changes.
 */
function isLimitReached(value: unknown): value is { msBeforeNext: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as { msBeforeNext?: unknown }).msBeforeNext === 'number' &&
    typeof (value as { consumedPoints?: unknown }).consumedPoints === 'number'
  )
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number; message: string }

function waitMessage(msBeforeNext: number): LimitResult {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return {
    ok: false,
    retryAfterSeconds,
    message: `Te veel pogingen. Probeer het over ${minutes === 1 ? '1 minuut' : `${minutes} minuten`} opnieuw.`,
  }
}

/** Whether the key used up its points, without counting a try: for limits that count only failures. */
export async function checkLimit(name: LimitName, key: string, store: Limiters = limiters()): Promise<LimitResult> {
  const limiter = store[name]
  const state = await limiter.get(key)
  if (state && state.consumedPoints >= limiter.points) return waitMessage(state.msBeforeNext)
  return { ok: true }
}

/** Counts one try; when the limit is reached, says how long to wait, in Dutch. */
export async function consumeLimit(name: LimitName, key: string, store: Limiters = limiters()): Promise<LimitResult> {
  try {
    await store[name].consume(key)
    return { ok: true }
  } catch (error) {
    if (!isLimitReached(error)) throw error
    return waitMessage(error.msBeforeNext)
  }
}
