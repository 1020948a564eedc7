using System.Diagnostics;
using System.Globalization;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// CPU time (user + system) a process has used since it started: on Linux, Process reads utime + stime from
/// /proc/PID/stat, so this works for any local process (the bot, PostgreSQL's backends), not only children.
/// The kernel counts in clock ticks (10 ms), which is why the bench divides whole phases, never single requests.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>Null when the process is gone or not visible from here (e.g. a PostgreSQL server on another machine).</summary>
    public static TimeSpan? Of(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>
    /// For a process with one thread (a PostgreSQL backend): its time on a CPU in nanoseconds from
    /// /proc/PID/schedstat. /proc/PID/stat truncates to whole 10 ms ticks per process, and a pool that opens 40
    /// backends during a rush, each working a few milliseconds, would read as zero there.
    /// </summary>
    public static TimeSpan? OfSingleThreaded(int processId)
    {
        try
        {
            var fields = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/schedstat").Split(' ');
            return long.TryParse(fields[0], CultureInfo.InvariantCulture, out var nanoseconds)
                ? TimeSpan.FromTicks(nanoseconds / 100)
                : Of(processId);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No schedstat (a kernel without CONFIG_SCHED_INFO) or the process is gone: ticks, or nothing.
            return Of(processId);
        }
    }

    public static TimeSpan Self()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
