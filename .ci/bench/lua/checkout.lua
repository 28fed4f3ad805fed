-- wrk script for the checkout workload. Run with as many threads as connections (wrk -tN -cN):
-- wrk shares one Lua state among the connections of a thread and does not say which connection
-- a response belongs to, so one connection per thread is what gives each buyer its own cookie
-- and its own place in the flow. Each buyer is a distinct bench member (bench<offset + n>).
--
-- Flow of a buyer: GET /login, POST /login (opens the session), GET / (the session's form token), then again and again: POST /cart (add one
-- product), GET /checkout (the form's _csrf and one-time checkoutKey), POST /checkout (card
-- through the connector; 303 to /orders/<slip>?paid=1), GET that order page. One order's time
-- runs from the cart POST to the order page. A 422 that names the cart (재고 부족) clears the cart
-- and goes on; anything else unexpected is an error, counted and described in done().
--
-- Arguments: member offset, bench password, per-mille of orders that pick a sell-out product.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } m25_timespec;
int clock_gettime(int clock_id, m25_timespec *tp);
]]
local clock = ffi.new("m25_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC: wall time between two responses
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local threads = {}
local started = 0

function setup(thread)
  started = started + 1
  thread:set("buyer_no", started)
  table.insert(threads, thread)
end

-- per thread (= per buyer) state
local login, password, soldout_permille
local cookie, csrf, checkout_key, order_page
local state = "login_form"
local order_started
orders, soldout, errors, declined, order_ms, error_notes = 0, 0, 0, 0, "", ""

function init(args)
  login = string.format("bench%06d", (tonumber(args[1]) or 0) + buyer_no)
  password = args[2] or ""
  soldout_permille = tonumber(args[3]) or 0
  math.randomseed(104729 * buyer_no + (tonumber(args[1]) or 0))
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function form(fields)
  local parts = {}
  for i = 1, #fields, 2 do
    parts[#parts + 1] = fields[i] .. "=" .. urlencode(fields[i + 1])
  end
  return table.concat(parts, "&")
end

local function product_code()
  local n
  if math.random(1000) <= soldout_permille then
    n = math.random(1, 5) -- stock 30 each: these run out during the run
  else
    repeat n = math.random(6, 10000) until n % 250 ~= 0
  end
  return string.format("9%d%010d", 1 + n % 6, n)
end

local function headers()
  local h = {}
  if cookie then h["Cookie"] = "JSESSIONID=" .. cookie end
  return h
end

local function post(path, body)
  local h = headers()
  h["Content-Type"] = "application/x-www-form-urlencoded"
  -- a browser names the page's origin: the shop takes a post without a session only with it
  h["Origin"] = "http://" .. wrk.host .. (wrk.port and (":" .. wrk.port) or "")
  return wrk.format("POST", path, h, body)
end

function request()
  if state == "login_form" then
    return wrk.format("GET", "/login", headers())
  elseif state == "login" then
    return post("/login", form({ "_csrf", csrf or "", "next", "/", "loginId", login, "password", password }))
  elseif state == "home" then
    return wrk.format("GET", "/", headers())
  elseif state == "add" then
    order_started = now_ms()
    return post("/cart", form({ "_csrf", csrf, "action", "add", "code", product_code(), "quantity", "1" }))
  elseif state == "checkout_form" then
    return wrk.format("GET", "/checkout", headers())
  elseif state == "pay" then
    return post("/checkout", form({
      "_csrf", csrf, "checkoutKey", checkout_key,
      "recipientKind", "HOME", "recipientName", "벤치 구매자", "recipientPhone", "02-372-8191",
      "recipientPostalCode", "04524", "recipientAddress", "서울특별시 중구 세종대로 110",
      "deliveryNote", "",
      "cardCompany", "BC", "cardNumber", "4111-1111-1111-1111", "expiryMonth", "12", "expiryYear", "2030",
      "installmentMonths", "0", "payerName", "벤치 구매자" }))
  elseif state == "order" then
    return wrk.format("GET", order_page, headers())
  else -- clear
    return post("/cart", form({ "_csrf", csrf, "action", "clear" }))
  end
end

local function header(hs, name)
  return hs[name] or hs[name:lower()]
end

local function note(what)
  errors = errors + 1
  if #error_notes < 600 then error_notes = error_notes .. login .. " " .. what .. "; " end
end

function response(status, hs, body)
  local set = header(hs, "Set-Cookie")
  if set then
    local id = set:match("JSESSIONID=([^;]+)")
    if id then cookie = id end
  end
  local token = body and body:match('name="_csrf" value="([^"]+)"')
  if token then csrf = token end

  if state == "login_form" then
    -- a visitor without a session gets no token: the sign-in post opens the session
    if status == 200 then state = "login" else note("login page " .. status) end
  elseif state == "login" then
    -- the session's token is on the next page a signed-in member sees
    if status == 303 then state = "home" else note("sign-in " .. status); state = "login_form" end
  elseif state == "home" then
    if status == 200 and csrf then state = "add" else note("home after sign-in " .. status); state = "login_form" end
  elseif state == "add" then
    if status == 303 then state = "checkout_form" else note("cart add " .. status); state = "clear" end
  elseif state == "checkout_form" then
    checkout_key = body and body:match('name="checkoutKey" value="([^"]+)"')
    if status == 200 and checkout_key then state = "pay"
    elseif status == 303 then note("checkout form redirected (signed out or empty cart)"); state = "login_form"
    else note("checkout form " .. status); state = "clear" end
  elseif state == "pay" then
    local location = header(hs, "Location") or ""
    if status == 303 and location:find("paid=1", 1, true) then
      order_page = location:gsub("^https?://[^/]+", "")
      state = "order"
    elseif status == 303 then
      declined = declined + 1
      note("payment not approved: " .. location)
      state = "add"
    elseif status == 422 and body and body:find('id="error-cart"', 1, true) then
      soldout = soldout + 1
      state = "clear"
    else
      note("checkout " .. status)
      state = "clear"
    end
  elseif state == "order" then
    if status == 200 then
      orders = orders + 1
      order_ms = order_ms .. string.format("%.1f,", now_ms() - order_started)
    else
      note("order page " .. status)
    end
    state = "add"
  else
    if status ~= 303 then note("cart clear " .. status) end
    state = "add"
  end
end

function done(summary, latency, requests)
  local all, n_orders, n_soldout, n_errors, n_declined, notes = {}, 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    n_orders = n_orders + t:get("orders")
    n_soldout = n_soldout + t:get("soldout")
    n_errors = n_errors + t:get("errors")
    n_declined = n_declined + t:get("declined")
    notes = notes .. t:get("error_notes")
    for v in string.gmatch(t:get("order_ms"), "([^,]+)") do all[#all + 1] = tonumber(v) end
  end
  table.sort(all)
  local function pct(p)
    if #all == 0 then return 0 end
    return all[math.max(1, math.ceil(#all * p / 100))]
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH-RESULT {\"orders\":%d,\"soldout\":%d,\"errors\":%d,\"declined\":%d,\"duration_us\":%d,"
      .. "\"requests\":%d,\"order_p50_ms\":%.1f,\"order_p95_ms\":%.1f,\"order_p99_ms\":%.1f,"
      .. "\"request_p95_us\":%d,\"errors_socket\":%d,\"errors_timeout\":%d,\"notes\":\"%s\"}\n",
    n_orders, n_soldout, n_errors, n_declined, summary.duration, summary.requests, pct(50), pct(95), pct(99),
    latency:percentile(95), e.connect + e.read + e.write, e.timeout, notes:gsub('["\\]', "'")))
end
