import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/text-field'
import { PageHeader } from '@/components/ui/page-header'
import { verifyCodeAction } from './actions'

export const metadata: Metadata = { title: 'Certificaat controleren', robots: { index: false } }

export default function VerifyFormPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Certificaat controleren" intro="Vul de verificatiecode in die op het certificaat staat." />
      <ActionForm action={verifyCodeAction} submitLabel="Controleren" className="card space-y-4">
        <TextField
          name="code"
          label="Verificatiecode"
          hint="Bijvoorbeeld DW-ABCD-EFGH"
          autoComplete="off"
          maxLength={40}
        />
      </ActionForm>
    </div>
  )
}
