using System.Diagnostics;

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

    public static TimeSpan Self()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
