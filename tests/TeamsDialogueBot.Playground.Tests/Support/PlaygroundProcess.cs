using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (node) pointed at a bot, on a loopback port, and the calls its
/// own web client makes: post a message as a mock user, press an Action.Execute button.
/// </summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _workDirectory;
    private HttpClient _http = null!;

    private PlaygroundProcess(Process process, string workDirectory)
    {
        _process = process;
        _workDirectory = workDirectory;
    }

    public Uri BaseAddress { get; private set; } = null!;

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

    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        var cli = await PlaygroundInstall.EnsureAsync();
        var port = FreeLoopbackPort();
        // Its own folder: the Playground writes devTools/ and reads its config file from the working directory.
        var work = Path.Combine(Path.GetTempPath(), "tdb-playground", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--require", Path.Combine(PlaygroundInstall.PackageDirectory, "loopback.cjs"), cli,
            "-e", botEndpoint.ToString(), "-c", "msteams", "--dt",
            "-p", port.ToString(CultureInfo.InvariantCulture),
            "--su", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/_connector",
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(work, "playground.log");
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(work, "m365agentsplayground.yml");

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var playground = new PlaygroundProcess(process, work);
        process.OutputDataReceived += (_, e) => playground.Append(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Append(e.Data);
        process.Exited += (_, _) => playground._listening.TrySetException(new InvalidOperationException($"The Playground exited:\n{playground.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var listening = await playground._listening.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            if (listening != port)
            {
                // It falls back to a random port when ours was taken meanwhile; the service URL would be wrong.
                throw new InvalidOperationException($"The Playground took port {listening}, not {port}.");
            }

            playground.BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
            playground._http = new HttpClient { BaseAddress = playground.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            return playground;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Playground did not start: {e.Message}\n{playground.Output}", e);
        }
    }

    public async Task<PlaygroundConfig> GetConfigAsync()
    {
        var body = await _http.GetFromJsonAsync<JsonNode>(new Uri("_internal/v1/config", UriKind.Relative));
        return PlaygroundConfig.Parse(body!);
    }

    /// <summary>"@bot {command}" typed by <paramref name="from"/>: a group chat delivers only what mentions the bot. Returns the text sent.</summary>
    public async Task<string> MentionBotAsync(PlaygroundConfig config, string conversationId, PlaygroundUser from, string command)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(from);
        var mention = $"<at>{config.BotName}</at>";
        var message = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["text"] = $"{mention} {command}",
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = config.BotId }, ["text"] = mention }),
        };
        using var response = await _http.PostAsJsonAsync(new Uri($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", UriKind.Relative), message);
        await EnsureSuccessAsync(response, "message");
        return message["text"]!.GetValue<string>();
    }

    /// <summary>Presses an Action.Execute button of the card in message <paramref name="messageId"/>; returns the bot's invoke response.</summary>
    public async Task<JsonNode> ExecuteAsync(string conversationId, PlaygroundUser from, string messageId, JsonNode action)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(action);
        var invoke = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = messageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["id"] = action["id"]?.DeepClone(),
                    ["verb"] = action["verb"]!.DeepClone(),
                    ["data"] = action["data"]?.DeepClone() ?? new JsonObject(),
                },
                ["trigger"] = "manual",
            },
        };
        using var response = await _http.PostAsJsonAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), invoke);
        await EnsureSuccessAsync(response, "invoke");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public Uri WebSocketUri(string path) => new($"ws://{BaseAddress.Authority}{path}");

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"The Playground refused the {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Output}");
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        const string Listening = "Listening on ";
        if (line.StartsWith(Listening, StringComparison.Ordinal) && int.TryParse(line.AsSpan(Listening.Length), CultureInfo.InvariantCulture, out var port))
        {
            _listening.TrySetResult(port);
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
