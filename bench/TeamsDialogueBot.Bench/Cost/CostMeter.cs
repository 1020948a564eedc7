using System.Diagnostics;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// Reads the bot's, the bench's and PostgreSQL's CPU and the bot's GC events around one measured phase:
/// <see cref="StartAsync"/> right before its first request, <see cref="StopAsync"/> once it is over.
/// </summary>
public sealed class CostMeter
{
    private readonly BenchBot _bot;
    private readonly IReadOnlyList<GcEventRecorder?> _recorders;
    private readonly PostgresCpu? _postgres;
    private readonly List<string> _notes;
    private IReadOnlyDictionary<int, TimeSpan>? _postgresBefore;
    private TimeSpan?[] _botBefore = [];
    private TimeSpan _selfBefore;
    private long _startedAt;

    private CostMeter(BenchBot bot, IReadOnlyList<GcEventRecorder?> recorders, PostgresCpu? postgres, List<string> notes)
    {
        _bot = bot;
        _recorders = recorders;
        _postgres = postgres;
        _notes = notes;
    }

    /// <summary>Why a figure is missing, if one is.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public static async Task<CostMeter> StartAsync(BenchBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var notes = new List<string>();
        var recorders = new List<GcEventRecorder?>();
        foreach (var instance in bot.Instances)
        {
            try
            {
                recorders.Add(await GcEventRecorder.StartAsync(instance.ProcessId, cancellationToken));
            }
            catch (Exception e) when (e is DiagnosticsClientException or TimeoutException or IOException)
            {
                // Without the diagnostics socket (DOTNET_EnableDiagnostics=0, another TMPDIR) the CPU figures still stand.
                recorders.Add(null);
                notes.Add($"no GC events from process {instance.ProcessId}: {e.Message}");
            }
        }

        var postgres = bot.Postgres is { } database ? await PostgresCpu.OpenAsync(database, cancellationToken) : null;
        var meter = new CostMeter(bot, recorders, postgres, notes);
        meter._postgresBefore = postgres is null ? null : await postgres.SampleAsync(cancellationToken);
        meter._botBefore = [.. bot.Instances.Select(i => ProcessCpu.Of(i.ProcessId))];
        meter._selfBefore = ProcessCpu.Self();
        meter._startedAt = Stopwatch.GetTimestamp();
        return meter;
    }

    public async Task<ActivityCost> StopAsync(int activities, CancellationToken cancellationToken)
    {
        var stoppedAt = Stopwatch.GetTimestamp();
        var botAfter = _bot.Instances.Select(i => ProcessCpu.Of(i.ProcessId)).ToArray();
        var self = ProcessCpu.Self() - _selfBefore;
        TimeSpan? postgres = null;
        if (_postgres is not null)
        {
            var postgresAfter = await _postgres.SampleAsync(cancellationToken);
            await _postgres.DisposeAsync();
            postgres = PostgresCpu.Used(_postgresBefore, postgresAfter);
            if (postgres is null)
            {
                _notes.Add("PostgreSQL's processes are not visible in /proc (a server on another machine?): no PostgreSQL CPU");
            }
            else if (PostgresCpu.Opened(_postgresBefore, postgresAfter) is > 0 and var opened)
            {
                // A new backend's start-up (fork, authentication, catalog caches) is part of what PostgreSQL spent.
                _notes.Add(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL: {opened} backends of the bench database started during the measured phase (connections the pools opened, autovacuum)"));
            }
        }

        var gc = await TallyAsync(stoppedAt, cancellationToken);
        if (gc is { LongestPauseMs: > 0 })
        {
            var deep = gc.DeepCollections.Count == 0 ? "" : "; " + string.Join(", ", gc.DeepCollections);
            _notes.Add(string.Create(CultureInfo.InvariantCulture, $"longest pause of all threads (GC or runtime) {gc.LongestPauseMs:0.0} ms{deep}"));
        }

        if (gc is not null)
        {
            _notes.Add(string.Create(CultureInfo.InvariantCulture, $"JIT in the window: {gc.FirstCompiled} methods compiled at first call, {gc.Recompiled} recompiled optimised (tier 1)"));
            // TDB_BENCH_JIT: the methods compiled at first call in the window, in order — what a cold first wave waits for.
            DiagnosticFiles.WriteIfAsked("TDB_BENCH_JIT", "jit", gc.FirstCompiledNames);
        }

        var perInstance = botAfter.Select((after, i) => (after - _botBefore[i])?.TotalSeconds ?? double.NaN).ToList();
        var botCpu = perInstance.Sum();
        var per = Math.Max(1, activities);
        return new ActivityCost(
            Math.Round(Stopwatch.GetElapsedTime(_startedAt, stoppedAt).TotalSeconds, 3),
            Math.Round(botCpu, 3),
            Math.Round(botCpu * 1e6 / per, 1),
            [.. perInstance.Select(s => Math.Round(s, 3))],
            gc?.AllocatedBytes,
            gc is null ? null : Math.Round((double)gc.AllocatedBytes / per, 0),
            gc?.Gen0,
            gc?.Gen1,
            gc?.Gen2,
            Math.Round(self.TotalSeconds, 3),
            Math.Round(self.TotalSeconds * 1e6 / per, 1),
            postgres is { } pg ? Math.Round(pg.TotalSeconds, 3) : null,
            postgres is { } p ? Math.Round(p.TotalSeconds * 1e6 / per, 1) : null);
    }

    private async Task<GcTally?> TallyAsync(long stoppedAt, CancellationToken cancellationToken)
    {
        var total = GcTally.Zero;
        var complete = true;
        foreach (var recorder in _recorders)
        {
            if (recorder is null)
            {
                complete = false;
                continue;
            }

            await using (recorder)
            {
                await recorder.StopAsync(cancellationToken);
                if (recorder.EventCount == 0)
                {
                    // A process under load allocates well past 100 KB: no event at all means the stream failed.
                    _notes.Add("a GC event stream carried no event: no allocation figures");
                    complete = false;
                }

                total += recorder.Between(_startedAt, stoppedAt);
            }
        }

        return complete ? total : null;
    }
}
