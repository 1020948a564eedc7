using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// Listens to another .NET process's GC events over EventPipe (the diagnostics socket every .NET process opens),
/// so the bot is measured without a line of code for it: GCStart gives each collection and its generation,
/// GCAllocationTick the bytes allocated in steps of about 100 KB. Events carry the monotonic clock Stopwatch
/// reads on Linux, so a window is cut by timestamps taken in the bench.
/// </summary>
internal sealed class GcEventRecorder : IAsyncDisposable
{
    // Verbose is the level of GCAllocationTick and of MethodLoadVerbose (the JIT keyword: one event per method compiled,
    // which a warmed-up bot rarely does); together a few events per 100 KB allocated.
    private static readonly EventPipeProvider[] s_providers =
        [new("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.Jit))];

    private readonly List<(long Timestamp, long Bytes)> _allocations = [];
    private readonly List<(long Timestamp, int Generation, string What)> _collections = [];
    private readonly List<(long Timestamp, string Sizes)> _heaps = [];
    private readonly List<(long Timestamp, double Milliseconds)> _pauses = [];
    private readonly List<(long Timestamp, bool Optimized, string Name)> _compiled = [];
    private long _suspendedAt = -1;
    private readonly EventPipeSession _session;
    private Task _processing = Task.CompletedTask;

    private GcEventRecorder(EventPipeSession session) => _session = session;

    public static async Task<GcEventRecorder> StartAsync(int processId, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        // The reply to this request comes once the runtime has enabled the provider: every later event is in the stream.
        var session = await client.StartEventPipeSessionAsync(s_providers, requestRundown: false, circularBufferMB: 64, cancellationToken);
        var recorder = new GcEventRecorder(session);
        recorder._processing = Task.Run(recorder.Process, CancellationToken.None);
        return recorder;
    }

    /// <summary>Stops the session (the runtime flushes what it buffered) and waits until every event was read.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _session.StopAsync(cancellationToken);
        await _processing.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    /// <summary>What happened between two <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> readings; call after <see cref="StopAsync"/>.</summary>
    public GcTally Between(long fromTimestamp, long toTimestamp)
    {
        bool In(long timestamp) => timestamp >= fromTimestamp && timestamp <= toTimestamp;
        lock (_allocations)
        {
            var collections = _collections.Where(c => In(c.Timestamp)).ToList();
            var compiled = _compiled.Where(c => In(c.Timestamp)).ToList();
            return new GcTally(
                _allocations.Where(a => In(a.Timestamp)).Sum(a => a.Bytes),
                collections.Count(c => c.Generation == 0),
                collections.Count(c => c.Generation == 1),
                collections.Count(c => c.Generation == 2))
            {
                LongestPauseMs = _pauses.Where(p => In(p.Timestamp)).Select(p => p.Milliseconds).DefaultIfEmpty(0).Max(),
                DeepCollections = [.. collections.Where(c => c.Generation == 2).Select(c => c.What)],
                FirstCompiled = compiled.Count(c => !c.Optimized),
                Recompiled = compiled.Count(c => c.Optimized),
                CompiledNames = [.. compiled.Select(c => (c.Optimized ? "tier1 " : "first ") + c.Name)],
                CollectionLog = [.. _collections.Select(c => (c.Timestamp, c.What)).Concat(_heaps.Select(h => (h.Timestamp, What: h.Sizes)))
                    .OrderBy(c => c.Timestamp)
                    .Select(c => string.Create(CultureInfo.InvariantCulture, $"{(c.Timestamp - fromTimestamp) * 1000.0 / Stopwatch.Frequency:0} ms {(In(c.Timestamp) ? "in " : "out")} {c.What}"))],
            };
        }
    }

    /// <summary>Events seen at all: zero means the stream carried nothing (a broken session, not an idle bot).</summary>
    public int EventCount
    {
        get
        {
            lock (_allocations)
            {
                return _allocations.Count + _collections.Count;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _session.Dispose();
        return ValueTask.CompletedTask;
    }

    // TimeStampQPC is "discouraged" in favour of milliseconds since the session started, but only the raw clock
    // can be compared with the bench's own Stopwatch readings (both CLOCK_MONOTONIC in nanoseconds on Linux).
#pragma warning disable CS0618
    private void Process()
    {
        using var source = new EventPipeEventSource(_session.EventStream);
        // Each method the JIT compiled: quickly at first call (tier 0), or optimised once it ran often (tier 1).
        source.Clr.MethodLoadVerbose += e =>
        {
            lock (_allocations)
            {
                _compiled.Add((
                    e.TimeStampQPC,
                    e.OptimizationTier is OptimizationTier.OptimizedTier1 or OptimizationTier.Optimized or OptimizationTier.OptimizedTier1OSR,
                    $"{e.OptimizationTier} {e.MethodNamespace}::{e.MethodName}"));
            }
        };
        source.Clr.GCAllocationTick += e =>
        {
            lock (_allocations)
            {
                _allocations.Add((e.TimeStampQPC, e.AllocationAmount64));
            }
        };
        // After each collection: what each generation holds, and what it promoted out of each generation it collected.
        source.Clr.GCHeapStats += e =>
        {
            lock (_allocations)
            {
                _heaps.Add((e.TimeStampQPC, string.Create(CultureInfo.InvariantCulture, $"  heap KB gen0 {e.GenerationSize0 / 1024} gen1 {e.GenerationSize1 / 1024} gen2 {e.GenerationSize2 / 1024} loh {e.GenerationSize3 / 1024}; promoted KB from gen0 {e.TotalPromotedSize0 / 1024} gen1 {e.TotalPromotedSize1 / 1024} gen2 {e.TotalPromotedSize2 / 1024}")));
            }
        };
        source.Clr.GCStart += e =>
        {
            lock (_allocations)
            {
                _collections.Add((e.TimeStampQPC, e.Depth, $"{e.Type} gen{e.Depth} ({e.Reason})"));
            }
        };
        // A pause is the runtime suspending every managed thread (for a collection, or e.g. to install call counters) until it restarts them.
        source.Clr.GCSuspendEEStart += e =>
        {
            lock (_allocations)
            {
                _suspendedAt = e.TimeStampQPC;
            }
        };
        source.Clr.GCRestartEEStop += e =>
        {
            lock (_allocations)
            {
                if (_suspendedAt >= 0)
                {
                    _pauses.Add((_suspendedAt, (e.TimeStampQPC - _suspendedAt) * 1000.0 / Stopwatch.Frequency));
                    _suspendedAt = -1;
                }
            }
        };
        source.Process();
    }
#pragma warning restore CS0618
}
