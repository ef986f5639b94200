/**
 * Database and file-system errors in words an operator can act on. Errors reach us in many
 * shapes: pg's DatabaseError (message + SQLSTATE code), Node's (message + ENOSPC-style code),
 * PGlite's WebAssembly file system (an object with a numeric WASI errno and no message, which
 * printed as “[object Object]”), or anything thrown. describeError always gives the message and
 * the code; permanentFault says whether waiting will not help, and what to do instead.
 */

// The WASI errno numbers PGlite's file system reports, by name.
const WASI_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 44: 'ENOENT', 51: 'ENOSPC', 63: 'EPERM', 69: 'EROFS' };

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  errno?: unknown;
  name?: unknown;
  cause?: unknown;
}

/** The error's code: a SQLSTATE, an errno name, or undefined. */
export function errorCode(e: unknown): string | undefined {
  const { code, errno } = (e ?? {}) as ErrorLike;
  if (typeof code === 'string' && code) return code;
  if (typeof errno === 'number') return WASI_ERRNO[errno] ?? `errno ${errno}`;
  return undefined;
}

/** “message (code 53100)”, and the causes after it; never “[object Object]”. */
export function describeError(e: unknown, depth = 0): string {
  if (e === null || e === undefined) return String(e);
  if (typeof e !== 'object') return String(e);
  const err = e as ErrorLike;
  const code = errorCode(e);
  let message = typeof err.message === 'string' && err.message ? err.message : undefined;
  if (!message) {
    const name = typeof err.name === 'string' ? err.name : (e.constructor?.name ?? 'error');
    message = code && code in PERMANENT ? `${name}: ${PERMANENT[code]![0]}` : name;
    if (!code) {
      try {
        message = `${message} ${JSON.stringify(e).slice(0, 200)}`;
      } catch {
        // not serialisable: the name alone
      }
    }
  }
  const text = code && !message.includes(code) ? `${message} (code ${code})` : message;
  return err.cause !== undefined && depth < 3 ? `${text}; caused by ${describeError(err.cause, depth + 1)}` : text;
}

// [what it means, what to do] for faults that no retry will fix.
const PERMANENT: Record<string, [string, string]> = {
  ENOSPC: ['no space left on the disk', 'free space on that disk, or set REPORTS_DATA_DIR to a folder on a disk with room'],
  EDQUOT: ['the disk quota is used up', 'raise the quota or free space, or set REPORTS_DATA_DIR to another disk'],
  EACCES: [
    'permission denied',
    'give the user the service runs as write access to the folder, or set REPORTS_DATA_DIR to one it can write',
  ],
  EPERM: [
    'operation not permitted',
    'give the user the service runs as write access to the folder, or set REPORTS_DATA_DIR to one it can write',
  ],
  EROFS: ['the file system is read-only', 'set REPORTS_DATA_DIR to a folder on a writable disk'],
  '28P01': ['PostgreSQL refused the password', 'fix the user and password in DATABASE_URL'],
  '28000': ['PostgreSQL refused the login', 'fix the user in DATABASE_URL, or allow it in pg_hba.conf'],
  '3D000': ['the database in DATABASE_URL does not exist', 'create it (createdb) or fix its name in DATABASE_URL'],
};

/** If `e` (or one of its causes) is a fault that will not pass by itself: what it is and what to do. */
export function permanentFault(e: unknown): { cause: string; todo: string } | null {
  for (let x: unknown = e, i = 0; x && i < 5; x = (x as ErrorLike).cause, i++) {
    const code = errorCode(x);
    const known = code ? PERMANENT[code] : undefined;
    if (known) return { cause: `${known[0]}: ${describeError(x)}`, todo: known[1] };
  }
  return null;
}
