import http from 'node:http';

/** A local HTTP server standing in for the SMS provider: answers 500 to the first `failFirst` calls. */
export function fakeProvider(failFirst: number) {
  const calls: { auth: string | undefined; body: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      calls.push({
        auth: req.headers.authorization,
        body: JSON.parse(data) as Record<string, unknown>,
      });
      const fail = calls.length <= failFirst;
      res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(fail ? { code: 'BUSY' } : { code: 'OK' }));
    });
  });
  return { server, calls };
}
