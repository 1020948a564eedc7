using System.Diagnostics;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>
/// Node and the pinned Agents Playground (tests/playground). A missing node is a test failure, never a
/// skip: under CI=true and on a developer machine alike, a conformance suite that silently did not run
/// would read as a pass.
/// </summary>
public static class PlaygroundInstall
{
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    public static string PackageDirectory { get; } = Path.Combine(BotProcess.FindSolutionDirectory(), "tests", "playground");

    /// <summary>The Playground's cli.js, after `npm ci` if node_modules is missing (once per test run).</summary>
    public static Task<string> EnsureAsync() => Installed.Value;

    private static async Task<string> InstallAsync()
    {
        var version = await RunAsync("node", ["--version"], TimeSpan.FromSeconds(30), "Node.js 20+ is required on PATH for the Agents Playground tests");
        if (!version.StartsWith('v') || !int.TryParse(version[1..version.IndexOf('.', StringComparison.Ordinal)], out var major) || major < 20)
        {
            throw new InvalidOperationException($"Node.js 20+ is required for the Agents Playground tests; found {version}.");
        }

        var cli = Path.Combine(PackageDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5), $"npm ci in {PackageDirectory} failed");
        }

        return File.Exists(cli) ? cli : throw new FileNotFoundException("npm ci did not install the Agents Playground.", cli);
    }

    private static async Task<string> RunAsync(string command, string[] arguments, TimeSpan timeout, string failure)
    {
        var info = new ProcessStartInfo(command)
        {
            WorkingDirectory = PackageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{failure}: could not start {command}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{failure}: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            await process.WaitForExitAsync(cancel.Token);
            return process.ExitCode == 0
                ? (await stdout).Trim()
                : throw new InvalidOperationException($"{failure} (exit {process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
