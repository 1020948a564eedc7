using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using TeamsDialogueBot.Bench.Harness;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// Has each bot process run one full, blocking garbage collection, from outside and without a line of the bot's code:
/// an EventPipe session with the runtime's GCHeapCollect keyword induces one, as dotnet-gcdump does. A process a few
/// seconds old still holds its start-up's objects in its young generations, with the small first budget of its oldest
/// one; the first collections that move them on are deeper and longer than any a bot running for a while meets.
/// </summary>
internal static class InducedCollection
{
    private const long GcHeapCollect = 0x800000;

    /// <summary>False when an instance's diagnostics port did not answer (DOTNET_EnableDiagnostics=0): nothing was induced there.</summary>
    public static async Task<bool> RunAsync(BenchBot bot, CancellationToken cancellationToken)
    {
        var all = true;
        foreach (var instance in bot.Instances)
        {
            try
            {
                await CollectAsync(instance.ProcessId, cancellationToken);
            }
            catch (Exception e) when (e is DiagnosticsClientException or TimeoutException or IOException)
            {
                all = false;
            }
        }

        return all;
    }

    private static async Task CollectAsync(int processId, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        EventPipeProvider[] providers =
            [new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC | GcHeapCollect)];
        using var session = await client.StartEventPipeSessionAsync(providers, requestRundown: false, circularBufferMB: 16, cancellationToken);
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(
            () =>
            {
                using var source = new EventPipeEventSource(session.EventStream);
                source.Clr.GCStop += e =>
                {
                    if (e.Depth == 2)
                    {
                        ended.TrySetResult();
                    }
                };
                source.Process();
            },
            CancellationToken.None);
        try
        {
            await ended.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        finally
        {
            await session.StopAsync(cancellationToken);
            await reading.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
    }
}
