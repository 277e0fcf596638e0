// When to warn before a session ends (WCAG 2.2.1): two minutes before whichever limit comes first, the idle limit
// (which "Blijf ingelogd" moves on) or the absolute one (which nothing moves: sign in again). Pure, so the rule is
// tested without a browser; components/layout/session-warning.tsx keeps the timers.

export const WARN_BEFORE_SECONDS = 120

/** Seconds left of a session, as the server counts them. */
export type SessionRemaining = { idleSeconds: number; absoluteSeconds: number }

export type SessionEndPlan = { kind: 'idle' | 'absolute'; endsInSeconds: number; warnInSeconds: number }

export function sessionEndPlan(remaining: SessionRemaining): SessionEndPlan {
  const kind = remaining.absoluteSeconds <= remaining.idleSeconds ? 'absolute' : 'idle'
  const endsInSeconds = Math.max(0, Math.min(remaining.idleSeconds, remaining.absoluteSeconds))
  return { kind, endsInSeconds, warnInSeconds: Math.max(0, endsInSeconds - WARN_BEFORE_SECONDS) }
}

/** The sign-in page that brings the learner back to `path` afterwards, saying the session ended. */
export function signInAgainHref(path: string): string {
  return `/inloggen?${new URLSearchParams({ terug: path, verlopen: '1' }).toString()}`
}
