using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace TeamsDialogueBot.TestSupport;

/// <summary>
/// The real bot as a separate OS process (<c>dotnet TeamsDialogueBot.Host.dll</c>) on a free loopback
/// port: what a client outside the test process sees, including what happens when the process dies.
/// Settings go in as environment variables, so they reach the host exactly as in production.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private const int OutputLimit = 256 * 1024;
    private static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string? _ownedDirectory;
    private bool _disposed;

    private BotProcess(Process process, Uri baseAddress, string databasePath, string? ownedDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        _ownedDirectory = ownedDirectory;
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    public string DatabasePath { get; }

    public int Port => BaseAddress.Port;

    public int ProcessId { get; private set; }

    /// <summary>The exit code once the process has ended (0 after a graceful stop, 137 after SIGKILL on Linux).</summary>
    public int? ExitCode { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far (the last 256 KB), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the host and returns once GET /healthz answers 200. <paramref name="settings"/> are
    /// configuration keys (<c>Dialogue:CoChairs:0</c>) and win over the defaults (Development,
    /// anonymous, a fresh SQLite file in a temp folder unless <paramref name="databasePath"/> is given).
    /// A restart after <see cref="Kill"/> passes the old <see cref="DatabasePath"/> and <see cref="Port"/>,
    /// so clients that know the bot's endpoint keep talking to it. The process runs in the host's own folder
    /// unless <paramref name="workingDirectory"/> names another.
    /// </summary>
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        string? databasePath = null,
        int? port = null,
        TimeSpan? startTimeout = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var hostDll = FindHostAssembly();
        string? ownedDirectory = null;
        if (databasePath is null)
        {
            ownedDirectory = Path.Combine(Path.GetTempPath(), "tdb-bot-process", Guid.NewGuid().ToString("N"));
            databasePath = Path.Combine(ownedDirectory, "dialogue.db");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var baseAddress = new Uri($"http://127.0.0.1:{(port ?? FreeLoopbackPort()).ToString(CultureInfo.InvariantCulture)}/");
        // `dotnet host.dll` also runs a self-contained publish (e.g. infra/publish.sh's) on the runtime bundled with it:
        // the muxer reads its runtimeconfig and loads the app's own libcoreclr and composite image (seen in /proc/PID/maps).
        // It is how App Service starts the bot (infra/main.bicep's appCommandLine), so the tests start it the same way.
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = null;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["ConnectionStrings__Dialogue"] = $"Data Source={databasePath}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? "";
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var bot = new BotProcess(process, baseAddress, databasePath, ownedDirectory);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start dotnet {hostDll}.");
        }

        bot.ProcessId = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync(startTimeout ?? TimeSpan.FromSeconds(30), cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>The folder that holds TeamsDialogueBot.sln, found upwards from the test assembly.</summary>
    public static string FindSolutionDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsDialogueBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TeamsDialogueBot.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — a crash as the operating system delivers it.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        ExitCode = _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            // SIGTERM lets ASP.NET Core stop gracefully (drain lanes, close SQLite); Kill only if it will not.
            if (OperatingSystem.IsWindows() || SignalTerminate(_process.Id) != 0)
            {
                Kill();
            }
            else
            {
                using var timeout = new CancellationTokenSource(GracefulStop);
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    Kill();
                }
            }
        }

        ExitCode = _process.ExitCode;
        _process.Dispose();
        if (_ownedDirectory is not null)
        {
            try
            {
                Directory.Delete(_ownedDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing the test run for it is not.
            }
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"The bot process exited with code {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} before it was healthy. Output:\n{Output}");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), deadline.Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
                {
                    // One slow probe; try again.
                }
            }
            while (await poll.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        throw new TimeoutException($"The bot at {BaseAddress} was not healthy within {timeout}. Output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length > OutputLimit)
            {
                _output.Remove(0, _output.Length - (OutputLimit / 2));
            }

            _output.AppendLine(line);
        }
    }

    /// <summary>Runs this host build instead of the one next to the solution (e.g. a ReadyToRun publish).</summary>
    public const string HostAssemblyVariable = "TDB_HOST_DLL";

    /// <summary>The host assembly <see cref="StartAsync"/> runs: <see cref="HostAssemblyVariable"/>'s, else the solution's build.</summary>
    public static string HostAssembly() => FindHostAssembly();

    private static string FindHostAssembly()
    {
        if (Environment.GetEnvironmentVariable(HostAssemblyVariable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException($"{HostAssemblyVariable} names no file.", given);
        }

        var configuration = typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(FindSolutionDirectory(), "src", "TeamsDialogueBot.Host", "bin", configuration, "net10.0", "TeamsDialogueBot.Host.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build src/TeamsDialogueBot.Host ({configuration}) first: the test project references it with ReferenceOutputAssembly=false.", path);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int SignalTerminate(int processId) => NativeMethods.Kill(processId, NativeMethods.SigTerm);

    private static class NativeMethods
    {
        public const int SigTerm = 15;

        // DllImport rather than LibraryImport: the generated stub would need AllowUnsafeBlocks for one int call.
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Kill(int pid, int sig);
    }
}
