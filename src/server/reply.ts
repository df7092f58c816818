// What a route returns, independent of node:http so tests can call the handler in-process.
// Every reply carries headers that keep browsers from sniffing or framing our responses.
import { isSitrepError, SitrepError, type ErrorCode } from '../core/errors.js';
import type { ErrorResponse } from '../api/schemas.js';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // The page loads only our own script and style; no inline script, no third party.
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

export function reply(status: number, contentType: string, body: string | Buffer, extra: Record<string, string> = {}): Reply {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store', ...extra }, body };
}

export const json = (value: unknown, status = 200, extra: Record<string, string> = {}): Reply =>
  reply(status, 'application/json; charset=utf-8', `${JSON.stringify(value)}\n`, extra);

const STATUS: Partial<Record<ErrorCode, number>> = { E050: 503, E060: 400, E061: 404, E062: 405, E064: 503 };

/** Any error as `{error:{code,message}}`: numbered errors keep their code; others become E063. */
export function errorReply(e: unknown, log: (msg: string) => void): Reply {
  const err = isSitrepError(e) ? e : new SitrepError('E063', 'see the server log');
  if (!isSitrepError(e)) log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  const body: ErrorResponse = { error: { code: err.code, message: err.message } };
  const extra: Record<string, string> = err.code === 'E062' ? { allow: 'GET, HEAD' } : {};
  return json(body, STATUS[err.code] ?? 500, extra);
}
