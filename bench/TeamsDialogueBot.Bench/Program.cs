using TeamsDialogueBot.Bench;
using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.Bench.Scenarios;
using TeamsDialogueBot.TestSupport;

// dotnet bench/TeamsDialogueBot.Bench/bin/Release/net10.0/TeamsDialogueBot.Bench.dll [--scenario vote|floor|meetings|floor3|all (or a list: vote,floor)]
//   [--storage sqlite|postgres|both] [--postgres "<connection>"] [--runs 1] [--voters 5000] [--meetings 100] [--voters-per-meeting 50] [--concurrency 64] [--warmup 3000]
//   [--sqlite-dir /dev/shm] [--out bench/results]
var options = BenchArguments.Parse(args);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20) * options.Runs);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

Console.Error.WriteLine("Machine: " + MachineInfo.Current());
var host = HostBuild.Current();
Console.Error.WriteLine("Host: " + host);
if (!host.CompositeReadyToRun)
{
    Console.Error.WriteLine("    The issue 17 targets are for the deployed package: bash infra/publish.sh /tmp/pkg /tmp/pkg.zip, then TDB_HOST_DLL=/tmp/pkg/TeamsDialogueBot.Host.dll");
}

var results = new List<ScenarioResult>();

// The bench warms its own code first (load driver, fake Connector, OpenID and Entra endpoints): without this, run 1 of
// every scenario shared the two cores with the bench's own JIT (floor rush: 1.7–2.1 ms of bench CPU per `q+` in run 1
// against 0.6–0.8 in runs 2 and 3). One small unmeasured pass of each scenario, on the first storage, against bots that
// are then thrown away; the measured runs each start a fresh bot as before.
var benchWarmUp = options.Settings with
{
    Voters = 500, WarmupVotes = 200, FloorUsers = 100, Speakers = 5, Meetings = 10, VotersPerMeeting = 20,
    ClusterFloor = new(60, TimeSpan.FromSeconds(1), 5),
};
foreach (var kind in options.Scenarios.Where(k => BenchArguments.Applies(k, options.Storages[0])))
{
    Console.Error.WriteLine($"… warming the bench itself: a small {kind} on {options.Storages[0].Name}, not measured");
    _ = await BenchRunner.RunAsync(kind, options.Storages[0], benchWarmUp, cancel.Token);
}

// Runs interleave (every scenario once, then again), so a slow minute of a shared machine spreads over all scenarios.
for (var run = 1; run <= options.Runs; run++)
{
    foreach (var storage in options.Storages)
    {
        foreach (var kind in options.Scenarios.Where(k => BenchArguments.Applies(k, storage)))
        {
            Console.Error.WriteLine($"… {kind} on {storage.Name} (run {run} of {options.Runs})");
            var result = await BenchRunner.RunAsync(kind, storage, options.Settings, cancel.Token) with { Run = run };
            results.Add(result);
            foreach (var problem in result.Problems.Concat(result.Notes))
            {
                Console.Error.WriteLine("    " + problem);
            }
        }
    }
}

Console.WriteLine(ResultTable.Format(results));
if (options.Runs > 1)
{
    Console.WriteLine($"Range over {options.Runs} runs (min–max):");
    Console.WriteLine(ResultTable.FormatSpread(ScenarioSpread.Of(results)));
}

var outbound = results.All(r => r.AuthenticatedOutbound == r.OutboundCalls)
    ? "MSAL client credentials against a loopback Entra token endpoint (every Connector call carried its token)"
    : "MSAL client credentials against a loopback Entra token endpoint (SOME Connector calls carried no token)";
var file = await ResultFile.WriteAsync(options.OutputDirectory ?? Path.Combine(BotProcess.FindSolutionDirectory(), "bench", "results"), results, host, outbound, cancel.Token);
Console.WriteLine("Results: " + file);
return results.All(r => r.Correct) ? 0 : 1;
