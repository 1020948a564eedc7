using System.Globalization;
using System.Reflection;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// How many thread-pool workers the bot runs: by default as many as the machine has cores (at least two), instead
/// of the runtime's own limit of thousands.
/// </summary>
/// <remarks>
/// Everything the bot does is asynchronous except SQLite's calls, which are short and go through one group-committing
/// writer, so workers beyond the cores add no work done, only switches between threads. On the 2-core machines the
/// bot is sized for, the runtime kept 4–10 workers busy in a vote storm; limited to the two cores, a warmed vote cost
/// 48–50 µs of CPU instead of 56–66 with the bench's load generator, and 96–128 instead of 124–162 with an
/// independent one (Node.js) taking a core of its own, p99 within every target (bench/README, "Tenth pass"). Three
/// or four workers gave nothing (ninth pass). <c>Host:MaxWorkerThreads</c> sets another number; 0 keeps the
/// runtime's limit. The limit is the process's, so it is set only when this host is the process (not when tests run
/// it inside theirs).
/// </remarks>
public static partial class WorkerThreadLimit
{
    public const string Setting = "Host:MaxWorkerThreads";

    /// <summary>The workers' limit for <paramref name="configured"/> on a machine of <paramref name="cores"/>; null: the runtime's own.</summary>
    public static int? For(string? configured, int cores)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Math.Max(2, cores);
        }

        if (!int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var workers))
        {
            throw new InvalidOperationException($"{Setting} must be a whole number of threads (0 keeps the runtime's own limit), not '{configured}'.");
        }

        return workers == 0 ? null : Math.Max(2, workers);
    }

    /// <summary>
    /// Applies the limit when this host is the process's entry point; returns the workers' limit it set, or null
    /// when it left the runtime's (set to 0, or the host runs inside another process).
    /// </summary>
    public static int? LimitWorkerThreads(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limit = For(builder.Configuration[Setting], Environment.ProcessorCount);
        if (limit is not { } workers || Assembly.GetEntryAssembly() != typeof(WorkerThreadLimit).Assembly)
        {
            return null;
        }

        ThreadPool.GetMaxThreads(out _, out var completionPorts);
        ThreadPool.GetMinThreads(out var minWorkers, out _);
        workers = Math.Max(workers, minWorkers);
        return ThreadPool.SetMaxThreads(workers, completionPorts)
            ? workers
            : throw new InvalidOperationException($"{Setting}: the runtime refused a limit of {workers} worker threads.");
    }

    /// <summary>Says at start-up which limit the workers run under.</summary>
    public static void LogWorkerThreads(this WebApplication app, int? limit)
    {
        ArgumentNullException.ThrowIfNull(app);
        ThreadPool.GetMaxThreads(out var workers, out _);
        if (limit is null)
        {
            LogRuntimeLimit(app.Logger, workers, Environment.ProcessorCount);
        }
        else
        {
            LogLimited(app.Logger, workers, Environment.ProcessorCount);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Thread-pool workers limited to {Workers} ({Cores} cores; Host:MaxWorkerThreads)")]
    private static partial void LogLimited(ILogger logger, int workers, int cores);

    [LoggerMessage(Level = LogLevel.Information, Message = "Thread-pool workers under the runtime's own limit of {Workers} ({Cores} cores)")]
    private static partial void LogRuntimeLimit(ILogger logger, int workers, int cores);
}
