'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requirePermission } from '@/lib/auth/session.server'
import { MoveError, recordMove, startAttempt } from '@/lib/progress/attempts.server'
import { playableDilemma } from '@/lib/progress/playable.server'

const target = z.object({ caseId: z.string().min(1).max(100), dilemmaId: z.string().min(1).max(100) })

function playerUrl(caseId: string, dilemmaId: string, query = '') {
  return `/leren/${encodeURIComponent(caseId)}/${encodeURIComponent(dilemmaId)}${query}`
}

async function resolve(formData: FormData) {
  const user = await requirePermission('play:scenario:own')
  const parsed = target.safeParse(Object.fromEntries(formData))
  const dilemma = parsed.success ? playableDilemma(parsed.data.caseId, parsed.data.dilemmaId) : undefined
  if (!dilemma) redirect('/leren')
  return { user, dilemma }
}

export async function startAttemptAction(formData: FormData) {
  const { user, dilemma } = await resolve(formData)
  await startAttempt(user.id, dilemma)
  redirect(playerUrl(dilemma.caseId, dilemma.dilemmaId))
}

export async function moveAction(formData: FormData) {
  const { user, dilemma } = await resolve(formData)
  const attemptId = String(formData.get('attemptId') ?? '')
  let query = ''
  try {
    const state = await recordMove(user.id, attemptId, dilemma, Object.fromEntries(formData))
    // After "terug" the learner sees the earlier scene straight away; after a choice, its feedback first.
    if (formData.get('kind') === 'back') query = `?verder=${state.step}`
  } catch (error) {
    if (!(error instanceof MoveError)) throw error
    query = `?fout=${error.code}`
  }
  redirect(playerUrl(dilemma.caseId, dilemma.dilemmaId, query))
}
