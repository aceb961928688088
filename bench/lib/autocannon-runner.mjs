/**
 * autocannon in its own process, for machines without wrk. Reads a LoadSpec (JSON) from argv[2] and
 * prints autocannon's JSON result. Bodies are built per request here because autocannon 8's own
 * `[<id>]` replacement sends a wrong Content-Length (it assumes a fixed id length) and stalls.
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
      setupRequest: (/** @type {Record<string, unknown>} */ req) =>
        spec.body
          ? { ...req, body: String(spec.body).replaceAll('{n}', `${process.pid}-${++n}`) }
          : req,
    },
  ],
});
process.stdout.write(JSON.stringify(result));
