-- /control at random positions over the dataset's ground (43-50.6 E, 37.5-42.5 N) and random days
-- 1924-2025, a different question each request.
dofile(os.getenv("BENCH_SERVE_DIR") .. "/report.lua")

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
