using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Turns;

/// <summary>
/// Listening for other instances' outbox signals (PostgreSQL LISTEN) survives its connection failing: the dispatcher
/// listens again instead of leaving other instances' entries to its sweep for the rest of the process's life.
/// </summary>
public sealed class OutboxSignalTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private readonly FailsFirstSignal _signal = new();

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_connector, configure: web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IOutboxSignal>();
            services.AddSingleton<IOutboxSignal>(_signal);
        }));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task After_the_listening_connection_fails_the_dispatcher_listens_again()
    {
        var listening = await _signal.SecondListen.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _signal.Listens);
        Assert.NotNull(listening);
    }

    private sealed class FailsFirstSignal : IOutboxSignal
    {
        private int _listens;

        public int Listens => Volatile.Read(ref _listens);

        public TaskCompletionSource<Action<string>> SecondListen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task ListenAsync(Action<string> signalled, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _listens) == 1)
            {
                throw new IOException("Exception while reading from stream (the server closed the connection)");
            }

            SecondListen.TrySetResult(signalled);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
