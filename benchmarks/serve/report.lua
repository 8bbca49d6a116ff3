-- Shared by the wrk scripts of bench-serve: one JSON line at the end with the request count,
-- requests/s, latency percentiles (ms) and every kind of error, non-2xx answers included.
function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
        '"errors":%d,"non_2xx":%d}\n',
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        errors.connect + errors.read + errors.write + errors.timeout + errors.status, errors.status))
end
