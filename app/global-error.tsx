'use client'

// Shown only when the root layout itself fails, so it brings its own <html> and plain styling.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
        <h1>Er ging iets mis</h1>
        <p>Deelwijs kan deze pagina nu niet tonen. Je werk tot nu toe is bewaard.</p>
        <button type="button" onClick={reset}>
          Opnieuw proberen
        </button>
      </body>
    </html>
  )
}
