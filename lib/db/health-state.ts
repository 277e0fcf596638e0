// The database health flag on globalThis, shared by the monitor (health.server.ts) and proxy.ts. Kept apart from the
// monitor so the proxy does not pull the database client into its bundle.
export type Health = { up: boolean; since: number; timer?: ReturnType<typeof setInterval> }
const state = globalThis as unknown as { deelwijsDatabaseHealth?: Health }

export function databaseHealth(): Health | undefined {
  return state.deelwijsDatabaseHealth
}

export function setDatabaseHealth(health: Health) {
  state.deelwijsDatabaseHealth = health
}
