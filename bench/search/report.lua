-- Shared by the wrk scripts: one summary line with the latency percentiles the benchmark records.
return function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
