namespace TeamsDialogueBot.Conformance.Tests.Tools;

/// <summary>
/// The node side of the conformance checks (tests/conformance): the official Teams manifest schemas,
/// the official Adaptive Cards renderer, headless Chromium for pictures. Installs its packages with
/// `npm ci` the first time; a machine without node fails these tests, it never skips them.
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool installed;

    public static async Task<ProcessResult> RunScriptAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var result = await ProcessRunner.RunAsync(
            Require("node"), arguments.Prepend(Path.Combine(RepositoryPaths.ConformanceTools, script)), RepositoryPaths.ConformanceTools);
        Assert.True(result.ExitCode == 0, result.Describe());
        return result;
    }

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (installed)
            {
                return;
            }

            Require("node");
            if (!Directory.Exists(Path.Combine(RepositoryPaths.ConformanceTools, "node_modules")))
            {
                var npm = await ProcessRunner.RunAsync(
                    Require("npm"), ["ci", "--no-audit", "--no-fund"], RepositoryPaths.ConformanceTools, timeout: TimeSpan.FromMinutes(10));
                Assert.True(npm.ExitCode == 0, "npm ci in tests/conformance failed:\n" + npm.Describe());
            }

            installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static string Require(string tool) =>
        ProcessRunner.Which(tool) ?? throw new InvalidOperationException(
            $"The conformance tests need `{tool}` on PATH (Node.js 20+ with npm: the Teams manifest schemas and the " +
            "Adaptive Cards renderer are npm packages). Install Node.js (Debian: apt-get install nodejs npm); " +
            ".ci/run does this on CI.");
}
