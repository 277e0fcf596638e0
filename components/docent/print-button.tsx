'use client'

// Opens the browser's print dialog, where "Opslaan als PDF" makes the handout. Without JavaScript the page says to
// use the browser's own print command, so nothing depends on this button.
export function PrintButton() {
  return (
    <button type="button" className="btn-primary" onClick={() => window.print()}>
      Afdrukken of opslaan als PDF
    </button>
  )
}
