using TeamsDialogueBot.Bench;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.Bench.Scenarios;
using TeamsDialogueBot.TestSupport;

// dotnet run -c Release --project bench/TeamsDialogueBot.Bench -- [--scenario vote|floor|meetings|all]
//   [--storage sqlite|postgres|both] [--postgres "<connection>"] [--voters 5000] [--concurrency 64] [--sqlite-dir /dev/shm] [--out bench/results]
var options = BenchArguments.Parse(args);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var results = new List<ScenarioResult>();
foreach (var storage in options.Storages)
{
    foreach (var kind in options.Scenarios)
    {
        Console.Error.WriteLine($"… {kind} on {storage.Name}");
        var result = await BenchRunner.RunAsync(kind, storage, options.Settings, cancel.Token);
        results.Add(result);
        foreach (var problem in result.Problems.Concat(result.Notes))
        {
            Console.Error.WriteLine("    " + problem);
        }
    }
}

Console.WriteLine(ResultTable.Format(results));
var outbound = results.All(r => r.AuthenticatedOutbound == r.OutboundCalls)
    ? "MSAL client credentials against a loopback Entra token endpoint (every Connector call carried its token)"
    : "MSAL client credentials against a loopback Entra token endpoint (SOME Connector calls carried no token)";
var file = await ResultFile.WriteAsync(options.OutputDirectory ?? Path.Combine(BotProcess.FindSolutionDirectory(), "bench", "results"), results, outbound, cancel.Token);
Console.WriteLine("Results: " + file);
return results.All(r => r.Correct) ? 0 : 1;
