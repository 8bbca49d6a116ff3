-- /control at random positions over the dataset's ground and random days 1924-2025, a different
-- question each request. The positions are those of $BENCH_SERVE_POSITIONS ("LAT LON" lines, drawn
-- by bench-serve uniform in the dataset's box, keeping those the server places inside its
-- coverage: control refuses the Caspian and the world outside with 400, which wrk counts as errors).
dofile(os.getenv("BENCH_SERVE_DIR") .. "/report.lua")

function setup(thread)
    thread:set("seed", math.random(1, 1e9))
end

function init(args)
    math.randomseed(seed)
    positions = {}
    for line in io.lines(os.getenv("BENCH_SERVE_POSITIONS")) do
        positions[#positions + 1] = line:gsub(" ", "&lon=")
    end
end

function request()
    local position = positions[math.random(1, #positions)]
    local date = string.format("%04d-%02d-%02d", math.random(1924, 2025), math.random(1, 12), math.random(1, 28))
    return wrk.format("GET", "/control?lat=" .. position .. "&date=" .. date)
end
