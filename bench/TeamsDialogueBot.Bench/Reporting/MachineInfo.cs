using System.Globalization;
using System.Runtime.InteropServices;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// The machine a result came from. Figures from two machines "of the same kind" differed by half (issue 17),
/// so every result file and README table names its CPU, cores, memory, OS and .NET.
/// </summary>
public sealed record MachineInfo(string CpuModel, int Cores, double MemoryGiB, string Os, string Kernel, string Runtime)
{
    public static MachineInfo Current() => new(
        ReadCpuModel(),
        Environment.ProcessorCount,
        ReadMemoryGiB(),
        Field("/etc/os-release", "PRETTY_NAME=")?.Trim('"') ?? RuntimeInformation.OSDescription,
        Field("/proc/sys/kernel/osrelease", "") ?? Environment.OSVersion.VersionString,
        RuntimeInformation.FrameworkDescription);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Cores} cores ({CpuModel}), {MemoryGiB} GiB, {Os}, {Runtime}");

    private static string ReadCpuModel()
    {
        var model = Field("/proc/cpuinfo", "model name") is { } line ? line.TrimStart('\t', ' ', ':') : RuntimeInformation.ProcessArchitecture.ToString();
        // Virtual machines often report a bare family name ("AMD EPYC"); the clock the kernel saw tells more.
        return Field("/proc/cpuinfo", "cpu MHz") is { } mhz && double.TryParse(mhz.TrimStart('\t', ' ', ':'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? string.Create(CultureInfo.InvariantCulture, $"{model} @ {value / 1000:0.0#} GHz")
            : model;
    }

    private static double ReadMemoryGiB()
    {
        var kb = Field("/proc/meminfo", "MemTotal:") is { } total && long.TryParse(total.Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture, out var value)
            ? value * 1024.0
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return Math.Round(kb / 1024 / 1024 / 1024, 1);
    }

    /// <summary>The rest of the first line starting with <paramref name="prefix"/>, or null (no such file on this OS).</summary>
    private static string? Field(string path, string prefix)
    {
        try
        {
            return File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
