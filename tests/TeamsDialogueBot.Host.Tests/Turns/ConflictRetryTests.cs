using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Turns;

/// <summary>
/// A batch that other instances keep beating to the conversation keeps trying, re-reading each time, and is stored
/// once when it gets through: eight quick attempts used to run out in a three-instance floor rush (issue 17).
/// </summary>
public sealed class ConflictRetryTests : IAsyncLifetime
{
    private const int Losses = 12;
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;
    private LosingCommitter _committer = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_connector, configure: web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IChangeCommitter>();
            services.AddSingleton<IChangeCommitter>(sp => _committer = new LosingCommitter(ActivatorUtilities.CreateInstance<SqliteChangeCommitter>(sp), Losses));
        }));
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_q_plus_that_loses_twelve_races_is_stored_once_when_it_gets_through()
    {
        var answer = await _host.PostAsync(_teams.Mention(Teams.Participant, "q+"));
        await _host.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Losses + 1, _committer.Attempts);
        var list = await _host.Services.GetRequiredService<ISpeakersListStore>().FindAsync(_teams.ConversationId, AgendaPosition.Item(0), CancellationToken.None);
        Assert.Equal(Teams.Participant.Name, Assert.Single(list!.Entries).Speaker.Name);
    }

    /// <summary>Says another instance saved first for the first <paramref name="losses"/> commits, then stores for real.</summary>
    private sealed class LosingCommitter(IChangeCommitter inner, int losses) : IChangeCommitter
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) <= losses
                ? Task.FromResult<CommitResult>(new CommitResult.Conflict("speakers list (another instance)"))
                : inner.CommitAsync(changes, cancellationToken);
    }
}
