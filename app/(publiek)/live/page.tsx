import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/text-field'
import { joinLiveAction } from './actions'

export const metadata: Metadata = { title: 'Meedoen met een sessie' }

// The short door for phones: the code from the projector (or the QR code, which fills it in). No account needed.
export default async function JoinLivePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl">Meedoen met een sessie</h1>
      <p>Vul de code in die op het scherm staat. Je hebt geen account nodig; je stem is anoniem.</p>
      <ActionForm action={joinLiveAction} submitLabel="Meedoen" className="card space-y-4">
        <TextField
          name="code"
          label="Code van het scherm"
          defaultValue={typeof code === 'string' ? code.slice(0, 20) : ''}
          required
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          inputMode="text"
        />
      </ActionForm>
    </div>
  )
}
