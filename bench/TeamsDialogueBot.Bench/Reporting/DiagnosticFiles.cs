using System.Globalization;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// Raw material a run can leave behind on request (TDB_BENCH_LATENCIES, TDB_BENCH_JIT): when the environment variable
/// names a directory, the lines go to a new file there, named by what they are and when.
/// </summary>
internal static class DiagnosticFiles
{
    public static void WriteIfAsked(string variable, string name, IEnumerable<string> lines)
    {
        if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } directory)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var file = string.Create(CultureInfo.InvariantCulture, $"{name}-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmssfff}.txt");
        File.WriteAllLines(Path.Combine(directory, file), lines);
    }
}
