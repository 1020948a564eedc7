using System.Diagnostics;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// Reads the bot's, the bench's and PostgreSQL's CPU and the bot's GC and JIT events around one measured phase:
/// <see cref="AttachAsync"/> once the bot has started, <see cref="StartAsync"/> right before the phase's first request,
/// <see cref="StopAsync"/> once it is over.
/// </summary>
/// <remarks>
/// The event sessions are attached long before the phase because attaching one costs the bot work of its own: the
/// runtime builds its event source's manifest and then recompiles that code at tier 1. Attached at the phase, that
/// work landed in the window (the warmed vote storm's window recompiled 85–251 methods at tier 1, among them the
/// event source's; attached early, 34–59 and none of those; bench/README, "Fifth pass"). A bot without a profiler
/// never pays it.
/// </remarks>
public sealed class CostMeter : IAsyncDisposable
{
    private readonly BenchBot _bot;
    private readonly IReadOnlyList<GcEventRecorder?> _recorders;
    private readonly List<string> _notes;
    private PostgresCpu? _postgres;
    private IReadOnlyDictionary<int, TimeSpan>? _postgresBefore;
    private TimeSpan?[] _botBefore = [];
    private TimeSpan _selfBefore;
    private long _startedAt;
    private bool _stopped;

    private CostMeter(BenchBot bot, IReadOnlyList<GcEventRecorder?> recorders, List<string> notes)
    {
        _bot = bot;
        _recorders = recorders;
        _notes = notes;
    }

    /// <summary>Why a figure is missing, if one is.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Starts listening to each instance's events; the figures count only from <see cref="StartAsync"/>.</summary>
    public static async Task<CostMeter> AttachAsync(BenchBot bot, CancellationToken cancellationToken)
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

        return new CostMeter(bot, recorders, notes);
    }

    /// <summary>The measured phase starts now: CPU readings taken, events counted from here.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _postgres = _bot.Postgres is { } database ? await PostgresCpu.OpenAsync(database, cancellationToken) : null;
        _postgresBefore = _postgres is null ? null : await _postgres.SampleAsync(cancellationToken);
        _botBefore = [.. _bot.Instances.Select(i => ProcessCpu.Of(i.ProcessId))];
        _selfBefore = ProcessCpu.Self();
        _startedAt = Stopwatch.GetTimestamp();
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
            _postgres = null;
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
            // TDB_BENCH_JIT: the methods compiled in the window, in order, each marked first call or tier 1 — what a cold
            // first wave waits for, and what the tier-1 thread spent its time on.
            DiagnosticFiles.WriteIfAsked("TDB_BENCH_JIT", "jit", gc.CompiledNames);
            // TDB_BENCH_GC: every collection of the bot's life so far and what each generation held after it — what
            // survives a gen0 is what fills gen1 and, through it, brings on a gen2.
            DiagnosticFiles.WriteIfAsked("TDB_BENCH_GC", "gc", gc.CollectionLog);
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

    /// <summary>Ends the event sessions if the phase never got to <see cref="StopAsync"/> (a failed run).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var recorder in _recorders.OfType<GcEventRecorder>())
        {
            await recorder.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private async Task<GcTally?> TallyAsync(long stoppedAt, CancellationToken cancellationToken)
    {
        _stopped = true;
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
