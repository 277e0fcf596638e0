import { randomUUID } from 'node:crypto'
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { db, Prisma } from '@/lib/db/client.server'
import { openPrivateKey, sealPrivateKey } from './key-encryption.server'

// The tool's RSA signing keys, made by the app and kept in the database (never in the repository), their private
// halves sealed with LTI_KEY_ENCRYPTION_KEY (lib/lti/key-encryption.server.ts). Public halves are published at
// /api/lti/jwks, where platforms fetch them to check our deep linking responses and AGS token requests.
// Rollover (ADR 036): three states. "next" is published before it signs anything, so platforms that cache our key set
// already know it when it takes over; "current" signs; "retired" stopped signing and stays published for a grace
// period, so whatever it signed just before a rotation still verifies. "Sleutel vernieuwen" at /beheer/lti moves
// next → current → retired and makes a new next.

/** How long a retired key stays published (and kept): well beyond any token it signed and any cached key set. */
export const RETIRED_GRACE_DAYS = 7
/** How long an instance signs with the key it read; after a rotation on another instance, at most this long. */
const CACHE_MS = 5 * 60_000
/** The advisory lock that makes instances take turns creating, sealing and rotating keys. */
const LOCK = 0x6c7469 // "lti"

type SigningKey = { kid: string; privateKey: CryptoKey | Uint8Array }
let cached: { key: SigningKey; until: number } | undefined

type Tx = Prisma.TransactionClient

async function newKey(tx: Tx, state: 'next' | 'current') {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
  const kid = randomUUID()
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' }
  await tx.ltiToolKey.create({
    data: { kid, state, publicJwk, privateKeyEncrypted: sealPrivateKey(JSON.stringify(privateJwk), kid) },
  })
  return kid
}

function graceStart(now = Date.now()) {
  return new Date(now - RETIRED_GRACE_DAYS * 24 * 3600_000)
}

/**
 * Brings the keys in order: plain-text private keys from before ADR 036 sealed, retired keys past their grace removed,
 * a current key (the next one promoted, or a new one) and a next key. Run under the advisory lock, so two instances
 * starting together do not both make keys.
 */
async function settle(tx: Tx) {
  // A constant, not input; selected through a table function so no column of type void comes back.
  await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LOCK})`)
  const legacy = await tx.ltiToolKey.findMany({ where: { privateKeyEncrypted: null } })
  for (const row of legacy) {
    if (row.privateJwk === null) continue
    await tx.ltiToolKey.update({
      where: { kid: row.kid },
      data: { privateKeyEncrypted: sealPrivateKey(JSON.stringify(row.privateJwk), row.kid), privateJwk: Prisma.DbNull },
    })
  }
  await tx.ltiToolKey.deleteMany({ where: { state: 'retired', retiredAt: { lt: graceStart() } } })
  const states = new Set((await tx.ltiToolKey.findMany({ select: { state: true } })).map((row) => row.state))
  if (!states.has('current')) {
    if (states.has('next')) await tx.ltiToolKey.updateMany({ where: { state: 'next' }, data: { state: 'current' } })
    else await newKey(tx, 'current')
  }
  if (!states.has('next') || !states.has('current')) await newKey(tx, 'next')
}

function inKeyTransaction<T>(work: (tx: Tx) => Promise<T>) {
  // Generating RSA keys takes a moment; the default five seconds are tight on a busy machine.
  return db().$transaction(work, { timeout: 30_000, maxWait: 30_000 })
}

/** Whether the keys need settle(): something unsealed, missing, or retired past its grace. */
async function unsettled() {
  const rows = await db().ltiToolKey.findMany({
    select: { state: true, retiredAt: true, privateKeyEncrypted: true },
  })
  const grace = graceStart()
  return (
    !rows.some((row) => row.state === 'current') ||
    !rows.some((row) => row.state === 'next') ||
    rows.some((row) => row.privateKeyEncrypted === null) ||
    rows.some((row) => row.state === 'retired' && row.retiredAt !== null && row.retiredAt < grace)
  )
}

/** The key that signs now: the current one, opened with LTI_KEY_ENCRYPTION_KEY. */
export async function toolKey(): Promise<SigningKey> {
  if (cached && cached.until > Date.now()) return cached.key
  if (await unsettled()) await inKeyTransaction(settle)
  const row = await db().ltiToolKey.findFirstOrThrow({ where: { state: 'current' }, orderBy: { createdAt: 'desc' } })
  const sealed = row.privateKeyEncrypted ?? ''
  const privateKey = await importJWK(JSON.parse(openPrivateKey(sealed, row.kid)) as JWK, 'RS256')
  cached = { key: { kid: row.kid, privateKey }, until: Date.now() + CACHE_MS }
  return cached.key
}

/** The published key set: next, current, and retired keys within their grace period. */
export async function publicKeySet(): Promise<{ keys: JWK[] }> {
  if (await unsettled()) await inKeyTransaction(settle)
  const rows = await db().ltiToolKey.findMany({
    where: { OR: [{ state: { in: ['next', 'current'] } }, { state: 'retired', retiredAt: { gte: graceStart() } }] },
    orderBy: { createdAt: 'asc' },
    select: { publicJwk: true },
  })
  return { keys: rows.map((row) => row.publicJwk as JWK) }
}

/** The keys as the admin page shows them (no private halves). */
export async function toolKeyStates() {
  return db().ltiToolKey.findMany({
    orderBy: { createdAt: 'desc' },
    select: { kid: true, state: true, createdAt: true, retiredAt: true },
  })
}

/**
 * Rotates: current → retired (published for RETIRED_GRACE_DAYS more), next → current, a new next. This instance signs
 * with the new key at once; other instances within CACHE_MS, with the old one still valid meanwhile.
 */
export async function rotateToolKeys() {
  const kids = await inKeyTransaction(async (tx) => {
    await settle(tx)
    const retiring = await tx.ltiToolKey.findMany({ where: { state: 'current' }, select: { kid: true } })
    await tx.ltiToolKey.updateMany({ where: { state: 'current' }, data: { state: 'retired', retiredAt: new Date() } })
    const promoted = await tx.ltiToolKey.findFirstOrThrow({ where: { state: 'next' }, select: { kid: true } })
    await tx.ltiToolKey.update({ where: { kid: promoted.kid }, data: { state: 'current' } })
    return { retired: retiring.map((row) => row.kid), current: promoted.kid, next: await newKey(tx, 'next') }
  })
  cached = undefined
  return kids
}
