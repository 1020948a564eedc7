using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>An anonymous poll keeps no trace of who answered: not in the database, not on the wire.</summary>
public sealed class PollAnonymityTests : IAsyncLifetime
{
    private PollHost _polls = null!;

    public async Task InitializeAsync() => _polls = await PollHost.StartAsync();

    public async Task DisposeAsync() => await _polls.DisposeAsync();

    [Fact]
    public async Task Anonymous_votes_leave_no_voter_id_in_the_poll_tables_or_on_the_wire()
    {
        var cardId = await _polls.LaunchAsync("poll \"Should the report name speakers?\" \"Yes\" \"No\" anonymous");
        var voters = Enumerable.Range(1, 5).Select(PollHost.NewUser).ToList();
        foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
        {
            await _polls.VoteAsync(voter, new JsonObject { ["pollId"] = "p1", ["choice"] = i < 3 ? "a" : "b" }, cardId);
        }

        // A changed anonymous answer still replaces the first: the key is stable for the voter.
        await _polls.VoteAsync(voters[0], new JsonObject { ["pollId"] = "p1", ["choice"] = "b" }, cardId);
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "poll close"));
        await _polls.SettleAsync();

        Assert.Equal(5, (await _polls.AnswersAsync("p1")).Count);
        Assert.Contains("40% (2) Yes", WireCards.AllText(WireCards.OnlyCard([_polls.Connector.Sent[^1]])), StringComparison.Ordinal);
        var tables = await PollTablesTextAsync(_polls.Host.DatabasePath);
        var wire = string.Join("\n", _polls.Connector.Requests.Select(r => r.Body?.ToJsonString() ?? ""));
        foreach (var voter in voters)
        {
            Assert.DoesNotContain(voter.AadObjectId, tables, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(voter.AadObjectId, wire, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string> PollTablesTextAsync(string databasePath)
    {
        var text = new StringBuilder();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var table in new[] { "polls", "poll_answers" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('\n');
                }
            }
        }

        Assert.Contains("p1", text.ToString(), StringComparison.Ordinal);
        return text.ToString();
    }
}
