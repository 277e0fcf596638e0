import { NextResponse } from 'next/server'
import { hasPermission, type Permission } from './permissions'
import { type CurrentUser, getCurrentUser } from './session.server'

// Route handlers answer in JSON with a machine-readable error instead of redirecting.
export type ApiError = { error: string; message: string }

export function apiError(status: number, error: string, message: string) {
  return NextResponse.json({ error, message } satisfies ApiError, { status })
}

export async function requireApiPermission(
  permission: Permission,
  organisationId?: string,
): Promise<{ user: CurrentUser } | { response: NextResponse }> {
  const user = await getCurrentUser()
  if (!user) return { response: apiError(401, 'unauthenticated', 'Log eerst in.') }
  if (!hasPermission(user.memberships, permission, organisationId)) {
    return { response: apiError(403, 'forbidden', 'Je hebt geen toegang tot deze gegevens.') }
  }
  return { user }
}
