-- wrk script for the browse workload: one page kind per run, picked by the first argument
-- (static | home | category | product), so every page is measured on its own and the static
-- file of the same server gives the yardstick. Paths are drawn from the bench data set
-- (dataset/mall.sql): products 9<corner><n, 10 digits>, n = 1..10000, every 250th inactive.
-- No response() callback: wrk then skips reading bodies into Lua, and the load tool costs the
-- two cores as little as it can. Statuses other than 2xx/3xx come back in summary.errors.status.

local corners = { "TELECOM", "COMPUTER", "BOOKS", "OWN", "GIFT", "HOME" }
local kind = "static"
local started = 0

function setup(thread)
  started = started + 1
  thread:set("thread_no", started)
end

function init(args)
  kind = args[1] or "static"
  -- each thread its own sequence, the same on every run
  math.randomseed(7919 * (thread_no or 1) + #kind)
end

local function product_code()
  local n
  repeat n = math.random(6, 10000) until n % 250 ~= 0
  return string.format("9%d%010d", 1 + n % 6, n)
end

function request()
  local path
  if kind == "home" then
    path = "/"
  elseif kind == "category" then
    -- the shop lists a corner in pages; ?page is what a pager would send
    path = "/category/" .. corners[math.random(#corners)] .. "?page=" .. math.random(1, 5)
  elseif kind == "product" then
    path = "/product/" .. product_code()
  else
    path = "/static/shop.css"
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH-RESULT {\"requests\":%d,\"duration_us\":%d,\"bytes\":%d,\"p50_us\":%d,\"p95_us\":%d,\"p99_us\":%d,"
      .. "\"max_us\":%d,\"errors_connect\":%d,\"errors_read\":%d,\"errors_write\":%d,\"errors_status\":%d,"
      .. "\"errors_timeout\":%d}\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
