/** A small HTTP client for API tests: keeps the session cookie and sends the CSRF token on writes. */
export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  json: T;
  body: Buffer;
}

export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;
  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && !['GET', 'HEAD'].includes(method) && !('x-csrf-token' in h))
      h['x-csrf-token'] = this.csrfToken;
    let payload: RequestInit['body'];
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) {
      payload = body as RequestInit['body'];
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: h,
      body: payload,
      redirect: 'manual',
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      if (pair?.startsWith('fazhi_sid=')) this.cookie = pair.endsWith('=') ? null : pair;
    }
    const buf = Buffer.from(await res.arrayBuffer());
    let json: any = null;
    if ((res.headers.get('content-type') ?? '').includes('json') && buf.length)
      json = JSON.parse(buf.toString('utf8'));
    return { status: res.status, headers: res.headers, json, body: buf };
  }

  get = <T = any>(path: string, headers?: Record<string, string>) =>
    this.request<T>('GET', path, undefined, headers);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('POST', path, body ?? {}, headers);
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body ?? {});
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body ?? {});
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);

  async login(username: string, password: string, totp?: string) {
    const res = await this.post(
      '/api/v1/auth/login',
      totp ? { username, password, totp } : { username, password },
    );
    if (res.status === 200) this.csrfToken = res.json.csrfToken;
    return res;
  }
}
