using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsDialogueBot.Domain.QandA;
using static TeamsDialogueBot.Domain.Tests.QandA.QandAKit;

namespace TeamsDialogueBot.Domain.Tests.QandA;

public sealed class QuestionBoardSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Fact]
    public void Snapshot_round_trips_through_json_with_every_upvote_and_chair_action()
    {
        var board = Panel();
        var one = Ask(board, "One", second: 1);
        var two = Ask(board, "Two", "bo", second: 2);
        board.SetModeration(Chair, true, Start);
        var three = board.Ask(Draft("Three", "cy", anonymous: true, to: "Li Wei"), Start.AddSeconds(3)).Question!.Number;
        var voters = Enumerable.Range(0, 20).Select(i => "p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        Upvote(board, one, voters[..13]);
        Upvote(board, two, voters[9..]);
        board.ToggleUpvote(one, Voter("p3"));
        board.Hide(Chair, two, Start);

        var json = JsonSerializer.Serialize(board.ToSnapshot(), Json);
        var restored = QuestionBoard.FromSnapshot(JsonSerializer.Deserialize<QuestionBoardSnapshot>(json, Json)!);

        Assert.Equal(json, JsonSerializer.Serialize(restored.ToSnapshot(), Json));
        Assert.Equal(board.Version, restored.Version);
        Assert.Equal(board.Questions, restored.Questions);
        Assert.Equal(board.Audit, restored.Audit);
        Assert.Equal((12, 11), (restored.VotesFor(one), restored.VotesFor(two)));
        Assert.False(restored.HasUpvoted(one, Voter("p3")));
        Assert.True(restored.HasUpvoted(one, Voter("p12")));
        Assert.False(restored.HasUpvoted(one, Voter("p13")));
        Assert.True(restored.IsModerated);
        Assert.Equal([three], restored.Pending.Select(q => q.Number));

        // The restored board goes on counting the same people as the same people.
        Assert.Equal(QandAOutcome.UpvoteRemoved, restored.ToggleUpvote(one, Voter("p0")).Outcome);
        Assert.Equal(QandAOutcome.Upvoted, restored.ToggleUpvote(one, Voter("new")).Outcome);
        Assert.Equal(21, restored.VoterCount);
    }

    [Fact]
    public void A_hundred_long_questions_each_upvoted_by_three_hundred_people_stay_a_small_document()
    {
        var board = Panel();
        for (var q = 0; q < 100; q++)
        {
            var text = string.Concat(Enumerable.Repeat("Why ", 125)).Trim();
            var asker = "asker" + (q / QandALimits.PerAsker).ToString(CultureInfo.InvariantCulture);
            Assert.True(board.Ask(Draft(text, asker) with { Asker = new QuestionVoter(Key(asker)) }, Start.AddSeconds(q)).Succeeded);
        }

        for (var v = 0; v < 300; v++)
        {
            foreach (var question in board.Questions)
            {
                board.ToggleUpvote(question.Number, new QuestionVoter(Key("voter" + v.ToString(CultureInfo.InvariantCulture))));
            }
        }

        var json = JsonSerializer.Serialize(board.ToSnapshot(), Json);
        var votesPart = JsonSerializer.Serialize(new { board.ToSnapshot().Voters, board.ToSnapshot().Votes }, Json);

        Assert.All(board.Ranked(), r => Assert.Equal(300, r.Votes));
        // 100 × 500 characters of text are most of it; 30,000 upvotes take about 10 KB.
        Assert.InRange(Encoding.UTF8.GetByteCount(votesPart), 1, 12_000);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, 80_000);
    }

    // The shape the Bot gives voters: 12 characters of a keyed hash.
    private static string Key(string name) => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
}
