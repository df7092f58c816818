// The numbered error catalogue. Every error a user can see has a code here and a line in
// docs/errors.md (a test checks both lists agree). Messages name the file or value at fault.

export const ERRORS = {
  E001: 'unknown command or option',
  E002: 'invalid option value',
  E010: 'path does not exist',
  E011: 'empty file',
  E012: 'unreadable file',
  E013: 'binary file (not text)',
  E014: 'invalid UTF-8',
  E015: 'file too large',
  E016: 'no recognisable publication date in header',
  E017: 'malformed JSON line',
  E018: 'malformed feed item',
  E020: 'pipeline stage requires a layer no earlier stage assigns',
  E021: 'two pipeline stages assign the same layer',
  E022: 'pipeline stage failed',
  E030: 'extraction output failed schema validation',
  E040: 'database cannot be opened',
  E041: 'database migration failed',
  E042: 'database write failed',
  E043: 'database schema is newer than this program',
  E044: 'stored record failed validation',
  E045: 'knowledge base rebuild failed',
  E050: 'data directory or data file missing',
  E051: 'domain pack not found',
  E052: 'domain pack data invalid',
  E060: 'bad request parameter',
  E061: 'resource not found',
  E062: 'method not allowed',
  E063: 'internal server error',
  E064: 'cannot listen on address',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error a user sees: `E012 unreadable file: demo/a.txt (EACCES)`. */
export class SitrepError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly subject?: string,
  ) {
    super(`${code} ${ERRORS[code]}${subject ? `: ${subject}` : ''}${detail ? ` (${detail})` : ''}`);
    this.name = 'SitrepError';
  }

  toJSON(): { code: ErrorCode; message: string; subject?: string } {
    return { code: this.code, message: this.message, ...(this.subject ? { subject: this.subject } : {}) };
  }
}

export const isSitrepError = (e: unknown): e is SitrepError => e instanceof SitrepError;

/** Wraps anything thrown into a SitrepError with the given code, keeping the original reason. */
export function asSitrepError(e: unknown, code: ErrorCode, subject?: string): SitrepError {
  if (isSitrepError(e)) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new SitrepError(code, reason, subject);
}
