-- /control at random positions over the dataset's ground (43-50.6 E, 37.5-42.5 N) and random days
-- 1924-2025, a different question each request. With STOP_AFTER set (requests per thread), each
-- thread stops once it has had that many answers, for the soak of a fixed number of requests.
dofile(os.getenv("BENCH_SERVE_DIR") .. "/report.lua")

local stop_after = tonumber(os.getenv("STOP_AFTER") or "0")
local answered = 0

function setup(thread)
    thread:set("seed", math.random(1, 1e9))
end

function init(args)
    math.randomseed(seed)
end

function request()
    local lat = 37.5 + math.random() * 5.0
    local lon = 43.0 + math.random() * 7.6
    local date = string.format("%04d-%02d-%02d", math.random(1924, 2025), math.random(1, 12), math.random(1, 28))
    return wrk.format("GET", string.format("/control?lat=%.5f&lon=%.5f&date=%s", lat, lon, date))
end

function response(status, headers, body)
    if stop_after > 0 then
        answered = answered + 1
        if answered >= stop_after then wrk.thread:stop() end
    end
end
