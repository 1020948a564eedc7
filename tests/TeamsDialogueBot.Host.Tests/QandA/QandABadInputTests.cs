using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>
/// A question over the limit, empty or with control characters comes back to its asker with the problem marked and
/// their text kept (the form) or is refused in the chat (the command); a closed Q&amp;A refuses privately. Nothing changes.
/// </summary>
public sealed class QandABadInputTests : IAsyncLifetime
{
    private static readonly TeamsUser Eva = QandAHost.User(1, "Eva Novak");
    private QandAHost _qa = null!;

    public async Task InitializeAsync()
    {
        _qa = await QandAHost.StartAsync(Eva);
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask A good one?");
    }

    public async Task DisposeAsync() => await _qa.DisposeAsync();

    [Theory]
    [InlineData(501, "", "at most 500 characters")]
    [InlineData(0, "", "Your question is empty")]
    [InlineData(0, "Why\u0007 now?", "control characters")]
    public async Task A_bad_question_from_the_form_comes_back_with_the_field_marked_and_nothing_is_stored(int length, string typed, string problem)
    {
        var text = length > 0 ? new string('x', length) : typed;
        var version = (await _qa.BoardAsync()).Version;

        var response = await _qa.AskByCardAsync(Eva, text);

        Assert.Equal(200, (int)response["statusCode"]!);
        var card = response["value"]!;
        var error = card["body"]!.AsArray().Single(e => ((string?)e!["text"])?.StartsWith('⚠') == true)!;
        Assert.Contains(problem, (string)error["text"]!, StringComparison.Ordinal);
        Assert.Equal("attention", (string)error["color"]!);
        var field = card["body"]!.AsArray().Single(e => (string?)e!["id"] == QandAVerbs.TextInput)!;
        Assert.Equal(text.Replace("\u0007", "", StringComparison.Ordinal), (string?)field["value"] ?? "");
        Assert.Equal(version, (await _qa.BoardAsync()).Version);
    }

    [Fact]
    public async Task A_bad_question_in_the_chat_is_refused_and_nothing_is_stored()
    {
        var version = (await _qa.BoardAsync()).Version;

        await _qa.SayAsync(Eva, "ask " + new string('y', 501));
        await _qa.SayAsync(Eva, "ask");
        await _qa.SayAsync(Eva, "ask anonymous");

        var refusals = _qa.Texts().Where(t => t.EndsWith("Your question was not sent.", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.Contains("at most 500 characters", refusals[0], StringComparison.Ordinal);
        Assert.Equal(version, (await _qa.BoardAsync()).Version);
    }

    [Fact]
    public async Task A_closed_QandA_refuses_questions_and_upvotes_privately_and_nothing_changes()
    {
        await _qa.ChairSaysAsync("qa off");
        var version = (await _qa.BoardAsync()).Version;

        var ask = await _qa.AskByCardAsync(Eva, "Too late?");
        var upvote = await _qa.UpvoteAsync(Eva, 1);
        var unknown = await _qa.UpvoteAsync(Eva, 42);
        await _qa.SayAsync(Eva, "ask Too late in the chat?");

        Assert.Equal((400, "QandAClosed"), ((int)ask["statusCode"]!, (string)ask["value"]!["code"]!));
        Assert.Equal((400, "QandAClosed"), ((int)upvote["statusCode"]!, (string)upvote["value"]!["code"]!));
        Assert.Equal((400, "NotFound"), ((int)unknown["statusCode"]!, (string)unknown["value"]!["code"]!));
        Assert.Contains(_qa.Texts(), t => t.StartsWith("The Q&A of II.1", StringComparison.Ordinal) && t.Contains("is closed", StringComparison.Ordinal));
        var board = await _qa.BoardAsync();
        Assert.Equal(version, board.Version);
        Assert.Equal(["A good one?"], board.Questions.Select(q => q.Text));
        Assert.Equal(QuestionState.Visible, board.Questions[0].State);
    }
}
