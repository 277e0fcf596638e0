// Only same-site paths are followed after sign-in, so a crafted link cannot send someone to another site.
export function safeReturnPath(value: string | undefined | null): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined
  return value
}
