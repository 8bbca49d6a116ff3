-- The same items request each time (the URL given to wrk), with the report of report.lua.
dofile(os.getenv("BENCH_SERVE_DIR") .. "/report.lua")
