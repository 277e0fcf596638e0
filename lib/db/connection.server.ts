import pg from 'pg'

/** The connection string as it may be printed: user, host, port and database, never the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : ''
    return `${parsed.protocol}//${user}${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`
  } catch {
    return '(an unparsable connection string)'
  }
}

/** Connects once and runs `select 1`; resolves to null when fine, or to a one-line reason. */
export async function checkDatabase(url: string, timeoutMs = 5000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    // pg error messages can quote the connection string; strip any password that might be in it.
    return reason.replace(/:\/\/([^:@/]+):[^@/]+@/g, '://$1:***@').split('\n')[0] ?? 'unknown error'
  } finally {
    await client.end().catch(() => {})
  }
}

/** A connection string to another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
