import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load client: posts a new set at a fixed rate whatever the server's answers, and times each
 * request from the moment it was due to be sent, not from when it was sent, so that a stall shows in the
 * percentiles instead of being hidden by the client waiting (coordinated omission). wrk cannot do this.
 *
 * <p>Run with the JDK's source launcher: {@code java bench/training/FixedRate.java URL RATE SECONDS WARMUP AUTH
 * IDEMPOTENCY SLOT MAX_SETS}, with AUTH and IDEMPOTENCY {@code yes} or {@code no}, and the client's token in
 * SPOTTER_TOKEN. It prints one line: requests, errors, latency percentiles in ms, the rate reached and the p99 of
 * each 10 s.
 */
public class FixedRate {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        boolean auth = "yes".equals(args[4]);
        boolean idempotency = "yes".equals(args[5]);
        String slot = args[6];
        int maxSets = Integer.parseInt(args[7]);
        String token = System.getenv("SPOTTER_TOKEN");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var load = new FixedRate(client, uri, auth ? token : null, idempotency, slot, maxSets);
        load.run(rate, warmup, false);
        long[] latencies = load.run(rate, seconds, true);
        // The p99 of each 10 s in send order shows whether a bad tail is steady or one stall.
        StringBuilder windows = new StringBuilder();
        for (int from = 0; from < latencies.length; from += rate * 10) {
            long[] window = Arrays.copyOfRange(latencies, from, Math.min(latencies.length, from + rate * 10));
            Arrays.sort(window);
            windows.append(windows.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%.1f", ms(window, 0.99)));
        }
        Arrays.sort(latencies);
        System.out.println(String.format(Locale.ROOT,
                "requests=%d errors=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p99.9_ms=%.2f max_ms=%.2f rate=%.1f "
                        + "p99_ms_per_10s=%s",
                latencies.length, load.errors.get(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[latencies.length - 1] / 1e6, load.reached, windows));
    }

    private final HttpClient client;
    private final URI uri;
    private final String token;
    private final boolean idempotency;
    private final String slot;
    private final int maxSets;
    private final AtomicInteger errors = new AtomicInteger();
    private double reached;

    private FixedRate(HttpClient client, URI uri, String token, boolean idempotency, String slot, int maxSets) {
        this.client = client;
        this.uri = uri;
        this.token = token;
        this.idempotency = idempotency;
        this.slot = slot;
        this.maxSets = maxSets;
    }

    /** Sends rate x seconds requests on schedule; answers each one's latency in nanoseconds when recording. */
    private long[] run(int rate, int seconds, boolean record) throws InterruptedException {
        int total = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[total];
        CountDownLatch finished = new CountDownLatch(total);
        errors.set(0);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            client.sendAsync(request(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null || response.statusCode() / 100 != 2) {
                    errors.incrementAndGet();
                }
                finished.countDown();
            });
        }
        long sent = System.nanoTime();
        if (!finished.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still open a minute after the last was sent");
        }
        reached = total / ((sent - start) / 1e9);
        return record ? latencies : new long[0];
    }

    private HttpRequest request(int n) {
        String body = String.format(Locale.ROOT,
                "{\"setId\":\"%s\",\"slot\":\"%s\",\"setNumber\":%d,\"reps\":5,\"loadKg\":%d.5,\"rpe\":8}",
                UUID.randomUUID(), slot, n % maxSets + 1, 60 + n % 40);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotency) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request.build();
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
