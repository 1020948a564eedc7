using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Bench.Load;

/// <summary>
/// The closed loop of <see cref="LoadDriver"/> run by Node.js's HTTP client instead of the bench's own
/// (<c>closed-loop.mjs</c>, beside this file): an independent load generator, as the issue 17 reporter used, so a
/// figure that depends on the .NET client's behaviour (its connection handling, its own CPU on the shared cores) can
/// be told from one that does not. The script is started and reads its plan first; the phase (and the caller's CPU
/// window, <paramref name="phaseStarting"/>) begins only once it has opened its connections.
/// </summary>
public static class NodeLoadGenerator
{
    public const string Script = "closed-loop.mjs";

    /// <summary>The outcome, and the CPU the Node.js process spent sending (its own count, the phase only).</summary>
    public static async Task<(LoadOutcome Outcome, TimeSpan Cpu)> RunClosedLoopAsync(
        HttpClient client, IReadOnlyList<LoadRequest> requests, int concurrency, Func<Task> phaseStarting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(phaseStarting);
        var folder = Directory.CreateTempSubdirectory("tdb-node-load-");
        try
        {
            var planPath = Path.Combine(folder.FullName, "plan.json");
            var resultPath = Path.Combine(folder.FullName, "result.json");
            await WritePlanAsync(planPath, client, requests, concurrency, cancellationToken);
            using var node = Start(planPath, resultPath);
            await ExpectLineAsync(node, "ready", cancellationToken);
            await phaseStarting();
            await node.StandardInput.WriteLineAsync("go".AsMemory(), cancellationToken);
            node.StandardInput.Close();
            await ExpectLineAsync(node, "done", cancellationToken);
            await node.WaitForExitAsync(cancellationToken);
            if (node.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {Script} exited with {node.ExitCode}: {await node.StandardError.ReadToEndAsync(cancellationToken)}");
            }

            await using var stream = File.OpenRead(resultPath);
            var result = await JsonSerializer.DeserializeAsync<NodeResult>(stream, cancellationToken: cancellationToken)
                ?? throw new InvalidDataException($"node {Script} wrote no result.");
            return (Outcome(result, requests.Count), TimeSpan.FromMicroseconds(result.CpuMicros));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task WritePlanAsync(string path, HttpClient client, IReadOnlyList<LoadRequest> requests, int concurrency, CancellationToken cancellationToken)
    {
        var baseAddress = client.BaseAddress ?? throw new ArgumentException("The client has no BaseAddress.", nameof(client));
        await using var file = File.Create(path);
        await using var json = new Utf8JsonWriter(file);
        json.WriteStartObject();
        json.WriteString("url", new Uri(baseAddress, "api/messages").ToString());
        json.WriteString("authorization", client.DefaultRequestHeaders.Authorization?.ToString());
        json.WriteNumber("concurrency", concurrency);
        json.WriteString("openPath", new Uri(baseAddress, "healthz").AbsolutePath);
        json.WriteStartArray("requests");
        foreach (var request in requests)
        {
            json.WriteStartObject();
            json.WriteString("body", Encoding.UTF8.GetString(request.Body));
            json.WriteString("expect", request.ExpectInResponse);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static Process Start(string planPath, string resultPath)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Load", Script);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, planPath, resultPath })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("--loadgen node needs Node.js (`node`) on the PATH.", e);
        }
    }

    private static async Task ExpectLineAsync(Process node, string expected, CancellationToken cancellationToken)
    {
        var line = await node.StandardOutput.ReadLineAsync(cancellationToken);
        if (!string.Equals(line, expected, StringComparison.Ordinal))
        {
            var error = await node.StandardError.ReadToEndAsync(cancellationToken);
            throw new InvalidOperationException($"node {Script} said '{line}' instead of '{expected}': {error}");
        }
    }

    private static LoadOutcome Outcome(NodeResult result, int count)
    {
        if (result.LatencyMs.Length != count || result.SentAtMs.Length != count)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"node {Script} timed {result.LatencyMs.Length} of {count} requests."));
        }

        return new LoadOutcome(
            count,
            TimeSpan.FromMilliseconds(result.ElapsedMs),
            result.LatencyMs,
            result.Failures,
            result.Samples,
            DateTimeOffset.FromUnixTimeMilliseconds(result.LastAnswerUnixMs))
        {
            SentAtMs = result.SentAtMs,
            ServerErrors = result.ServerErrors,
        };
    }

    private sealed record NodeResult(
        [property: JsonPropertyName("elapsedMs")] double ElapsedMs,
        [property: JsonPropertyName("sentAtMs")] double[] SentAtMs,
        [property: JsonPropertyName("latencyMs")] double[] LatencyMs,
        [property: JsonPropertyName("failures")] int Failures,
        [property: JsonPropertyName("serverErrors")] int ServerErrors,
        [property: JsonPropertyName("samples")] string[] Samples,
        [property: JsonPropertyName("lastAnswerUnixMs")] long LastAnswerUnixMs,
        [property: JsonPropertyName("cpuMicros")] long CpuMicros);
}
