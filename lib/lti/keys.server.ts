import { randomUUID } from 'node:crypto'
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose'
import { db } from '@/lib/db/client.server'

// The tool's RSA signing key, made on first use and kept in the database (never in the repository). Its public half is
// published at /api/lti/jwks, where platforms fetch it to check our deep linking responses and AGS token requests.

type ToolKey = { kid: string; privateKey: CryptoKey | Uint8Array; publicJwk: JWK }
let cached: ToolKey | undefined

export async function toolKey(): Promise<ToolKey> {
  if (cached) return cached
  let row = await db().ltiToolKey.findFirst({ orderBy: { createdAt: 'desc' } })
  if (!row) {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
    const kid = randomUUID()
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' }
    row = await db().ltiToolKey.create({ data: { kid, privateJwk, publicJwk } })
  }
  cached = {
    kid: row.kid,
    privateKey: await importJWK(row.privateJwk as JWK, 'RS256'),
    publicJwk: row.publicJwk as JWK,
  }
  return cached
}

/** Every published key (a second key appears only if two servers made one at the same moment; both stay valid). */
export async function publicKeySet(): Promise<{ keys: JWK[] }> {
  await toolKey()
  const rows = await db().ltiToolKey.findMany({ orderBy: { createdAt: 'asc' }, select: { publicJwk: true } })
  return { keys: rows.map((r) => r.publicJwk as JWK) }
}
