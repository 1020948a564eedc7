using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace TeamsDialogueBot.Bench.Load;

/// <summary>
/// Posts prepared activities to /api/messages and times each one: closed-loop (a fixed number of workers,
/// each sending its next request as soon as the last one answered) or paced (request i starts at i·window/n).
/// Given several instances' clients, request i goes to instance i mod n, so the load is spread evenly.
/// Every request has the client's 30 s timeout, so a phase always ends.
/// </summary>
public static class LoadDriver
{
    private const int FailureSamples = 5;

    public static Task<LoadOutcome> RunClosedLoopAsync(HttpClient client, IReadOnlyList<LoadRequest> requests, int concurrency, CancellationToken cancellationToken) =>
        RunClosedLoopAsync([client], requests, concurrency, cancellationToken);

    public static async Task<LoadOutcome> RunClosedLoopAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<LoadRequest> requests, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(requests);
        var recorder = new Recorder(requests.Count);
        var next = -1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests.Count)
            {
                await SendAsync(clients[i % clients.Count], requests[i], i, recorder, cancellationToken);
            }
        });
        await Task.WhenAll(workers);
        return recorder.Finish(watch.Elapsed);
    }

    public static Task<LoadOutcome> RunPacedAsync(HttpClient client, IReadOnlyList<LoadRequest> requests, TimeSpan window, CancellationToken cancellationToken) =>
        RunPacedAsync([client], requests, window, cancellationToken);

    public static async Task<LoadOutcome> RunPacedAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<LoadRequest> requests, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(requests);
        var recorder = new Recorder(requests.Count);
        var watch = Stopwatch.StartNew();
        var sends = new List<Task>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var due = requests.Count <= 1 ? TimeSpan.Zero : window * i / (requests.Count - 1);
            if (due > watch.Elapsed)
            {
                // The load generator's own schedule (open loop), not a wait for the system under test.
                await Task.Delay(due - watch.Elapsed, cancellationToken);
            }

            sends.Add(SendAsync(clients[i % clients.Count], requests[i], i, recorder, cancellationToken));
        }

        await Task.WhenAll(sends);
        return recorder.Finish(watch.Elapsed);
    }

    /// <summary>One request outside a load phase (a chair's command); throws unless it answers 2xx.</summary>
    public static async Task<string> SendOneAsync(HttpClient client, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = Content(body);
        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? text
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The bot answered {(int)response.StatusCode}: {text}"));
    }

    private static async Task SendAsync(HttpClient client, LoadRequest request, int index, Recorder recorder, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        string? failure;
        var serverError = false;
        try
        {
            using var content = Content(request.Body);
            using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            serverError = (int)response.StatusCode >= 500;
            failure = !response.IsSuccessStatusCode ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}: {Shorten(text)}")
                : request.ExpectInResponse is { } expected && !text.Contains(expected, StringComparison.Ordinal) ? $"no '{expected}' in {Shorten(text)}"
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            failure = e.GetType().Name + ": " + e.Message;
        }

        recorder.Record(index, started, Stopwatch.GetElapsedTime(started), failure, serverError);
    }

    private static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private sealed class Recorder(int count)
    {
        private readonly double[] _latencies = new double[count];
        private readonly double[] _sentAt = new double[count];
        private readonly List<string> _samples = [];
        private int _failures;
        private int _serverErrors;
        private long _lastAnswerTicks;

        // The phase starts when its recorder is made, right before the first request.
        private readonly long _startedAt = Stopwatch.GetTimestamp();

        public void Record(int index, long sentTimestamp, TimeSpan latency, string? failure, bool serverError)
        {
            _sentAt[index] = Stopwatch.GetElapsedTime(_startedAt, sentTimestamp).TotalMilliseconds;
            if (serverError)
            {
                Interlocked.Increment(ref _serverErrors);
            }

            _latencies[index] = latency.TotalMilliseconds;
            var now = DateTimeOffset.UtcNow.UtcTicks;
            long seen;
            while (now > (seen = Interlocked.Read(ref _lastAnswerTicks)) && Interlocked.CompareExchange(ref _lastAnswerTicks, now, seen) != seen)
            {
            }

            if (failure is not null)
            {
                Interlocked.Increment(ref _failures);
                lock (_samples)
                {
                    if (_samples.Count < FailureSamples)
                    {
                        _samples.Add(failure);
                    }
                }
            }
        }

        public LoadOutcome Finish(TimeSpan elapsed) =>
            new(_latencies.Length, elapsed, _latencies, _failures, [.. _samples], new DateTimeOffset(Interlocked.Read(ref _lastAnswerTicks), TimeSpan.Zero))
            {
                ServerErrors = _serverErrors,
                SentAtMs = _sentAt,
            };
    }
}
