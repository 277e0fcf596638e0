import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/text-field'
import { eraseAccountAction } from './actions'

// Erasing asks for the password (when the account has one) and an explicit "I understand": it cannot be undone.
export function EraseAccountForm({ withPassword }: { withPassword: boolean }) {
  return (
    <ActionForm
      action={eraseAccountAction}
      submitLabel="Mijn account definitief verwijderen"
      submitClassName="btn-primary bg-bad hover:bg-bad"
      className="card space-y-4 border-l-4 border-bad"
    >
      {withPassword ? (
        <TextField name="password" label="Je wachtwoord" type="password" autoComplete="current-password" required />
      ) : null}
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" value="ja" className="mt-1 size-5" />
        <span>
          Ik begrijp dat mijn account, mijn klassen en mijn certificaten verdwijnen en dat dit niet terug te draaien is.
        </span>
      </label>
    </ActionForm>
  )
}
