/**
 * The one way the web app talks to the server: same-origin JSON under /api/v1, the session cookie,
 * and the session's CSRF token echoed on every write (the server refuses writes without it).
 */

const BASE = '/api/v1';

/** A failed call as the server describes it: `{ error: { code, message, details } }`. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** Chinese text for any error, for message.error and <Alert>. */
export const errorText = (e: unknown): string =>
  isApiError(e)
    ? e.message
    : e instanceof Error && e.message
      ? `网络异常：${e.message}`
      : '操作失败，请稍后重试';

let csrfToken: string | null = null;

/** Kept from POST /auth/login and GET /auth/me; forgotten on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface Handlers {
  /** The session is gone (401): the app returns to /login. */
  unauthorized: (e: ApiError) => void;
  /** The session still has a login step to finish (403 LOGIN_INCOMPLETE). */
  loginIncomplete: (e: ApiError) => void;
}
let handlers: Handlers | null = null;

export function setAuthHandlers(h: Handlers | null): void {
  handlers = h;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Calls made while signing in handle 401 themselves instead of leaving for /login. */
  quiet401?: boolean;
}

async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(withQuery(BASE + path, opts.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
  });
  if (res.ok) return res;
  throw await toApiError(res, opts);
}

async function toApiError(res: Response, opts: RequestOptions): Promise<ApiError> {
  let parsed: { error?: { code?: string; message?: string; details?: unknown } } = {};
  try {
    parsed = (await res.json()) as typeof parsed;
  } catch {
    // A proxy's HTML error page: keep the status, use a generic message.
  }
  const err = new ApiError(
    res.status,
    parsed.error?.code ?? `HTTP_${res.status}`,
    parsed.error?.message ?? `服务器返回错误（${res.status}）`,
    parsed.error?.details ?? null,
  );
  if (res.status === 401 && !opts.quiet401) handlers?.unauthorized(err);
  if (res.status === 403 && err.code === 'LOGIN_INCOMPLETE') handlers?.loginIncomplete(err);
  return err;
}

async function json<T>(method: string, path: string, opts?: RequestOptions): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, opts?: Omit<RequestOptions, 'query'>) =>
    json<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    json<T>('POST', path, { ...opts, body: body ?? {} }),
  put: <T>(path: string, body?: unknown, query?: Query) =>
    json<T>('PUT', path, { body: body ?? {}, query }),
  patch: <T>(path: string, body?: unknown) => json<T>('PATCH', path, { body: body ?? {} }),
  delete: <T = void>(path: string) => json<T>('DELETE', path),
  /** Multipart upload (a single `file` field plus any extra fields). */
  upload: <T>(path: string, file: File, fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', file);
    return json<T>('POST', path, { body: form });
  },
};

/** Fetches a file (XLSX export, template) with the session and hands it to the browser as a download. */
export async function download(
  path: string,
  query?: Query,
  fallbackName = 'download.xlsx',
): Promise<void> {
  const res = await send('GET', path, { query });
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
