/**
 * autocannon in its own process, for machines without wrk. Reads a LoadSpec (JSON) from argv[2] and
 * prints autocannon's JSON result. Bodies are built per request here because autocannon 8's own
 * `[<id>]` replacement sends a wrong Content-Length (it assumes a fixed id length) and stalls.
 * `headerSets`, when given, are taken in turn by successive requests (one session per town).
 */
import autocannon from 'autocannon';

const spec = JSON.parse(/** @type {string} */ (process.argv[2]));
let n = 0;
const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  method: spec.method,
  headers: spec.headers,
  requests: [
    {
      setupRequest: (/** @type {Record<string, unknown>} */ req) => {
        if (!spec.body) return req;
        const sets = spec.headerSets ?? [];
        const body = String(spec.body).replaceAll('{n}', `${process.pid}-${++n}`);
        return sets.length
          ? { ...req, body, headers: { ...spec.headers, ...sets[n % sets.length] } }
          : { ...req, body };
      },
    },
  ],
});
process.stdout.write(JSON.stringify(result));
