import { NextResponse } from 'next/server'
import { hasPermission, type Permission } from './permissions'
import { type CurrentUser, getSessionState } from './session.server'

// Route handlers answer in JSON with a machine-readable error instead of redirecting.
export type ApiError = { error: string; message: string }

export function apiError(status: number, error: string, message: string) {
  return NextResponse.json({ error, message } satisfies ApiError, { status })
}

export async function requireApiPermission(
  permission: Permission,
  organisationId?: string,
): Promise<{ user: CurrentUser } | { response: NextResponse }> {
  const state = await getSessionState()
  if (!state) return { response: apiError(401, 'unauthenticated', 'Log eerst in.') }
  if (state.step !== 'none') {
    return { response: apiError(401, 'second-factor-required', 'Rond eerst de tweestapsverificatie af.') }
  }
  const { user } = state
  if (!hasPermission(user.memberships, permission, organisationId)) {
    return { response: apiError(403, 'forbidden', 'Je hebt geen toegang tot deze gegevens.') }
  }
  return { user }
}
