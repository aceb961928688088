import { e2eEnv } from './context.js';
import { DEMO_PASSWORD } from './ui.js';

/** A record as the API answers it (every record has its id). */
export type Json = Record<string, unknown> & { id: string };

/** Calls the API as one demo account (or anonymously), for setting up what a browser test starts from. */
export interface ApiCaller {
  get<T = Json>(path: string): Promise<T>;
  post<T = Json>(path: string, body?: unknown): Promise<T>;
  patch<T = Json>(path: string, body: unknown): Promise<T>;
}

/** Signs in over the API (null: calls anonymously); a refused call throws with its status and error. */
export async function apiAs(username: string | null): Promise<ApiCaller> {
  const base = e2eEnv().baseUrl;
  let headers: Record<string, string> = { 'content-type': 'application/json' };
  if (username) {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('fazhi_sid='))!;
    headers = { ...headers, cookie, 'x-csrf-token': csrfToken };
  }
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers,
      ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
    });
    const out = (await r.json()) as T;
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(out)}`);
    return out;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
  };
}

/** The township's calendar day (Asia/Shanghai), `offsetDays` from today, as the server counts it. */
export const shanghaiDay = (offsetDays = 0): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Shanghai',
  });
