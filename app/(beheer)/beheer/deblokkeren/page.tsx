import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/text-field'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { unblockSignInAction } from '../actions'

export const metadata: Metadata = { title: 'Inlogblokkade opheffen' }

export default async function UnblockPage() {
  await requirePermission('manage:user:any', { returnTo: '/beheer/deblokkeren' })
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader
        title="Inlogblokkade opheffen"
        intro="Na te veel verkeerde wachtwoorden moet iemand even wachten. Hier heft u die wachttijd op voor één account, op elk adres."
      />
      <ActionForm action={unblockSignInAction} submitLabel="Deblokkeren" resetOnSuccess className="card space-y-4">
        <TextField name="email" label="E-mailadres van het account" type="email" autoComplete="off" required />
      </ActionForm>
    </div>
  )
}
