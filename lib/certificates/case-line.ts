/** "Casus: …" or "Casussen: …, …": the cases a certificate covers, as printed and shown on the verification page. */
export function caseLine(caseTitles: readonly string[]) {
  return `${caseTitles.length === 1 ? 'Casus' : 'Casussen'}: ${caseTitles.join(', ')}`
}
