using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// Which build of the host a bench run measured. The issue 17 targets are for the deployed package
/// (infra/publish.sh: self-contained, composite ReadyToRun); the plain build the bench finds by default starts with
/// every method still to compile, and its cold storms and floor rushes are slower (bench/README, third pass). Every
/// result says which one it was, so a figure is never read against the wrong build.
/// </summary>
public sealed record HostBuild(string Assembly, bool CompositeReadyToRun, string? RuntimeKnobs)
{
    // infra/publish.sh's composite image sits next to the host assembly (.ci/run checks for the same file).
    private const string CompositeImage = "TeamsDialogueBot.Host.r2r.dll";

    public static HostBuild Current() => Of(BotProcess.HostAssembly(), Environment.GetEnvironmentVariable("TDB_HOST_ENV"));

    public static HostBuild Of(string hostAssembly, string? runtimeKnobs)
    {
        ArgumentNullException.ThrowIfNull(hostAssembly);
        var folder = Path.GetDirectoryName(Path.GetFullPath(hostAssembly)) ?? ".";
        return new HostBuild(hostAssembly, File.Exists(Path.Combine(folder, CompositeImage)), string.IsNullOrWhiteSpace(runtimeKnobs) ? null : runtimeKnobs);
    }

    public string Kind => CompositeReadyToRun
        ? "the deployed package (self-contained, composite ReadyToRun)"
        : "not the deployed package: a build without composite ReadyToRun";

    public override string ToString() =>
        $"{Assembly}, {Kind}" + (RuntimeKnobs is null ? "" : $", runtime knobs {RuntimeKnobs}");
}
