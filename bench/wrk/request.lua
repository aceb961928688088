-- One script for every scenario: the request comes from the environment (set by bench/lib/load.mjs).
--   BENCH_METHOD   GET or POST
--   BENCH_HEADERS  "Name: value" lines
--   BENCH_BODY     request body; "{n}" becomes a per-request counter so every created row differs
--   BENCH_HEADER_SETS  optional: header sets separated by a blank line ("Name: value" lines each);
--                  requests take them in turn (one session per town in the 16-town write scenario)
-- done() prints one BENCH_RESULT line of JSON that load.mjs parses.

local method = os.getenv("BENCH_METHOD") or "GET"
local body_template = os.getenv("BENCH_BODY")
if body_template == "" then body_template = nil end

local headers = {}
for line in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^\n]+") do
  local name, value = string.match(line, "^([^:]+):%s*(.*)$")
  if name then headers[name] = value end
end

local sets = {}
for block in string.gmatch((os.getenv("BENCH_HEADER_SETS") or "") .. "\n\n", "(.-)\n\n") do
  if block ~= "" then
    local set = {}
    for k, v in pairs(headers) do set[k] = v end
    for line in string.gmatch(block, "[^\n]+") do
      local name, value = string.match(line, "^([^:]+):%s*(.*)$")
      if name then set[name] = value end
    end
    table.insert(sets, set)
  end
end

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end

local counter = 0
local fixed = nil
function request()
  if body_template then
    counter = counter + 1
    local body = string.gsub(body_template, "{n}", tostring(tid) .. "-" .. tostring(counter))
    local h = headers
    if #sets > 0 then h = sets[(counter % #sets) + 1] end
    return wrk.format(method, nil, h, body)
  end
  if not fixed then fixed = wrk.format(method, nil, headers, nil) end
  return fixed
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
