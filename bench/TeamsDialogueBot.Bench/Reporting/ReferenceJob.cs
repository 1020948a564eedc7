using System.Diagnostics;
using System.Globalization;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// A fixed piece of single-threaded managed work (sort, dictionary, number formatting), timed in the bench before each
/// scenario starts its bot. The same build measured minutes apart on this kind of shared 2-core VM cost 98 and 140 µs of
/// CPU per vote (3 Dec 2026): the machine's speed moves, not only the load's noise. This figure moves with it, so a
/// slower run can be told from a slower build. The fastest of five passes, after one unmeasured pass for the JIT.
/// </summary>
public static class ReferenceJob
{
    private const int Passes = 5;

    public static double MeasureMs()
    {
        _ = Run();
        var best = double.MaxValue;
        for (var i = 0; i < Passes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = Run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Math.Round(best, 1);
    }

    public static string Describe(double milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"reference job before the bot started: {milliseconds:0.0} ms (fastest of {Passes}; a slower machine or a busier host shows here first)");

    // Returns a value that depends on all the work, so none of it can be left out by the JIT.
    private static long Run()
    {
        var random = new Random(17);
        var numbers = new double[200_000];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = random.NextDouble();
        }

        Array.Sort(numbers);
        var names = new Dictionary<int, string>(capacity: 50_000);
        long length = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var name = (numbers[i * 4] * 1e6).ToString("0.000", CultureInfo.InvariantCulture);
            names[i * 7919] = name;
            length += name.Length;
        }

        return length + names.Count;
    }
}
