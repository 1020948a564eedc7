using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>
/// One of the Playground's WebSocket feeds (the conversation stream or the request log), every JSON
/// message kept in arrival order so a test can wait for the one it expects.
/// </summary>
public sealed class PlaygroundFeed : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonNode> _messages = [];
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private Exception? _failure;

    private PlaygroundFeed()
    {
    }

    public static async Task<PlaygroundFeed> ConnectAsync(Uri uri)
    {
        var stream = new PlaygroundFeed();
        await stream._socket.ConnectAsync(uri, CancellationToken.None);
        stream._receiving = stream.ReceiveAsync();
        return stream;
    }

    /// <summary>How many messages have arrived: pass it to <see cref="WaitForAsync"/> to look only at later ones.</summary>
    public int Count
    {
        get
        {
            lock (_messages)
            {
                return _messages.Count;
            }
        }
    }

    public IReadOnlyList<JsonNode> Snapshot()
    {
        lock (_messages)
        {
            return [.. _messages];
        }
    }

    /// <summary>The first message from index <paramref name="since"/> on that matches, waiting for it to arrive.</summary>
    public async Task<JsonNode> WaitForAsync(Func<JsonNode, bool> match, TimeSpan timeout, int since = 0) =>
        (await WaitForCountAsync(match, 1, timeout, since))[0];

    /// <summary>Waits until at least <paramref name="count"/> messages from index <paramref name="since"/> on match; returns them all.</summary>
    public async Task<IReadOnlyList<JsonNode>> WaitForCountAsync(Func<JsonNode, bool> match, int count, TimeSpan timeout, int since = 0)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_messages)
            {
                var matching = _messages.Skip(since).Where(match).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                if (_failure is not null)
                {
                    throw new InvalidOperationException("The Playground stream broke.", _failure);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Fewer than {count} matching messages within {timeout}. Received:\n{string.Join('\n', Snapshot().Skip(since).Select(m => m.ToJsonString()))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what we asked for.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Publish(null, new InvalidOperationException("The Playground closed the stream."));
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Publish(JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)), null);
                    message.SetLength(0);
                }
            }
        }
        catch (WebSocketException e)
        {
            Publish(null, e);
        }
    }

    private void Publish(JsonNode? node, Exception? failure)
    {
        TaskCompletionSource changed;
        lock (_messages)
        {
            if (node is not null)
            {
                _messages.Add(node);
            }

            _failure ??= failure;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}
