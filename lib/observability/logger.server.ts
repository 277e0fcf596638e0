import pino from 'pino'

// One structured JSON logger per process (pino), written to stdout for the platform to collect. Personal data and
// secrets never belong in a log line: we log ids, routes and numbers, and the redaction below is the safety net for a
// field that slips in anyway (docs/operations.md). Request lines carry the request id (scripts/serve.ts).

/** Field paths pino blanks out wherever they appear in a log object (one or two levels deep). */
export const REDACTED_PATHS = [
  'email',
  'name',
  'password',
  'token',
  'cookie',
  'authorization',
  'secret',
  '*.email',
  '*.name',
  '*.password',
  '*.token',
  '*.cookie',
  '*.authorization',
  '*.secret',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
]

/** Removes e-mail addresses from free text (error messages can quote one). */
export function scrubText(text: string): string {
  return text.replace(/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi, '[e-mail]')
}

export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      base: { service: 'deelwijs' },
      level: process.env.LOG_LEVEL ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        // A message string is free text: scrub it too.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>,
          )
        },
      },
    },
    destination,
  )
}

const state = globalThis as unknown as { deelwijsLogger?: pino.Logger }

export function logger(): pino.Logger {
  state.deelwijsLogger ??= createLogger()
  return state.deelwijsLogger
}
