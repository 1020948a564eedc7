using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>
/// A vote's shared-card refresh is scheduled in memory: when the bot stops before it is due (a crash, a redeploy in the
/// middle of a vote), the card is refreshed from what is stored once the bot is back, without waiting for another vote.
/// </summary>
public sealed class PollRestartTests : IAsyncLifetime
{
    // Long enough that the refresh a vote schedules is still waiting when the first host stops.
    private static readonly Dictionary<string, string?> Settings = new() { ["Polls:RefreshInterval"] = "00:00:30" };
    private RecordingConnector _connector = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task A_vote_whose_card_refresh_was_still_waiting_when_the_bot_stopped_shows_on_the_card_after_the_restart()
    {
        string cardId;
        string databasePath;
        await using (var first = await BotTestHost.StartAsync(_connector, settings: Settings))
        {
            databasePath = first.DatabasePath;
            var before = _connector.Requests.Count;
            await first.SendAsync(_teams.Mention(Teams.Chair, "poll \"Which format?\" \"Hybrid\" \"Online\""));
            cardId = (await _connector.WaitForAsync(r => r.Route == "send" && r.Body?["attachments"] is not null, TimeSpan.FromSeconds(30), before)).ActivityId!;

            var data = new JsonObject { ["pollId"] = "p1", ["choice"] = "a", ["verb"] = PollCard.VoteVerb };
            await first.SendAsync(_teams.Execute(Teams.Participant, PollCard.VoteVerb, data, cardId));
        }

        Assert.Contains("0 respondents", WireCards.AllText(_connector.LastCardFor(cardId)!), StringComparison.Ordinal);

        var beforeRestart = _connector.Requests.Count;
        await using var restarted = await BotTestHost.StartAsync(_connector, databasePath, Settings);
        await _connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == cardId, TimeSpan.FromSeconds(30), beforeRestart);

        var shared = WireCards.AllText(_connector.LastCardFor(cardId)!);
        Assert.Contains("1 respondent", shared, StringComparison.Ordinal);
        Assert.Contains("100% (1) Hybrid", shared, StringComparison.Ordinal);
    }
}
