'use client'

import { startTransition, useActionState } from 'react'

/**
 * A server action bound to a form that keeps what was typed. The action is the form's `action`, so before hydration
 * or without JavaScript the browser POSTs it and the page comes back with the result. With JavaScript `onSubmit`
 * takes over, because React resets a form after a form action and a person with something to fix would lose their
 * input. The action's signature is (previous result, formData), as useActionState calls it.
 */
export function useFormAction<Result>(action: (previous: Result | null, formData: FormData) => Promise<Result>) {
  const [result, formAction, pending] = useActionState(action, null)
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  return { result, formAction, pending, onSubmit }
}
