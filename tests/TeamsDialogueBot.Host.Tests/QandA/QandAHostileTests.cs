using System.Net;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Host.Tests.Fuzz;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>
/// Two thousand mutated Q&amp;A commands and card presses (fields deleted or of the wrong type, huge and control-character
/// strings, odd numbers and positions): no 5xx, and the stored board still keeps its rules.
/// </summary>
public sealed class QandAHostileTests : IAsyncLifetime
{
    private const int Activities = 2_000;
    private QandAHost _qa = null!;

    public async Task InitializeAsync() => _qa = await QandAHost.StartAsync();

    public async Task DisposeAsync() => await _qa.DisposeAsync();

    [Fact]
    public async Task Two_thousand_hostile_QandA_activities_get_no_5xx_and_leave_a_board_that_keeps_its_rules()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Teams.Participant, "ask Seed question?");
        var mutator = new ActivityMutator(seed: 18);
        JsonObject[] seeds =
        [
            _qa.Teams.Mention(Teams.Participant, "ask anonymous to Li Wei: what now?"),
            _qa.Teams.Mention(Teams.Chair, "qa hide 1"),
            _qa.Teams.Mention(Teams.Chair, "qa moderate on"),
            await _qa.PressOfAsync(Teams.Participant, QandAVerbs.Upvote, new() { [QandAVerbs.QuestionKey] = "1" }),
            await _qa.PressOfAsync(Teams.Participant, QandAVerbs.Ask, new() { [QandAVerbs.TextInput] = "From the form?", [QandAVerbs.AttributionInput] = QandAVerbs.Anonymous }),
            await _qa.PressOfAsync(Teams.Chair, QandAVerbs.Approve, new() { [QandAVerbs.QuestionKey] = "2" }),
            await _qa.PressOfAsync(Teams.Chair, QandAVerbs.Refresh),
        ];
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        for (var start = 0; start < Activities; start += 32)
        {
            await Task.WhenAll(Enumerable.Range(start, 32).Select(async i =>
            {
                var activity = mutator.Mutate(seeds[i % seeds.Length]);
                using var response = await _qa.Host.PostRawAsync(activity.ToJsonString());
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented)
                {
                    failures.Add($"#{i} → {(int)response.StatusCode} for {activity.ToJsonString()[..Math.Min(300, activity.ToJsonString().Length)]}");
                }
            }));
        }

        Assert.Empty(failures);
        Assert.True(statuses.GetValueOrDefault(200) > 200, "few activities got through to the handlers: " + string.Join(", ", statuses));
        var board = await _qa.BoardAsync();
        Assert.Equal(board.Questions.Count, board.Questions.Select(q => q.Number).Distinct().Count());
        Assert.All(board.Questions, q => Assert.Equal((q.Text, (QandAOutcome?)null), QuestionText.Check(q.Text)));
        Assert.All(board.Questions, q => Assert.InRange(board.VotesFor(q.Number), 0, board.VoterCount));
        Assert.All(board.Questions, q => Assert.True(!q.Anonymous || q.AskerName is null));

        // Still serving.
        (await _qa.Host.PostAsync(_qa.Teams.Mention(Teams.Chair, "qa on"))).EnsureSuccessStatusCode();
    }
}
