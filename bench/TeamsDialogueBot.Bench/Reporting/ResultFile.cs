using System.Globalization;
using System.Text.Json;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>bench/results/&lt;utc stamp&gt;.json: the figures with the machine they came from.</summary>
public static class ResultFile
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> WriteAsync(string directory, IReadOnlyList<ScenarioResult> results, HostBuild host, string outboundAuthentication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(host);
        Directory.CreateDirectory(directory);
        var now = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Current();
        var document = new
        {
            recordedAt = now,
            machine = new
            {
                machine.Cores,
                machine.CpuModel,
                machine.MemoryGiB,
                os = machine.Os,
                machine.Kernel,
                runtime = machine.Runtime,
            },
            bot = new
            {
                build = host.Kind,
                hostAssembly = host.Assembly,
                host.CompositeReadyToRun,
                host.RuntimeKnobs,
                transport = "HTTP/1.1 on 127.0.0.1",
                inboundAuthentication = "Bot Framework JWT (RS256) against a loopback OpenID metadata endpoint",
                outboundAuthentication,
                connector = "RecordingConnector with Teams' per-conversation rate windows enforced (429 beyond 7/1 s, 8/2 s, 60/30 s, 1800/h)",
            },
            runs = results.Count == 0 ? 0 : results.Max(r => r.Run),
            results,
            spread = ScenarioSpread.Of(results),
        };
        var path = Path.Combine(directory, now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, s_options), cancellationToken);
        return path;
    }
}
