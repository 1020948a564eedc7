using System.Globalization;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>The Q&amp;A boards the contract tests store.</summary>
internal static class QuestionBoardSamples
{
    public static readonly AgendaPosition PanelOne = new(2, 1);

    public static QuestionBoard Board(string conversation = Samples.Conversation, AgendaPosition? position = null) =>
        QuestionBoard.Create(conversation, position ?? PanelOne);

    public static Question Ask(QuestionBoard board, string text, string asker, bool anonymous = false, string? to = null)
    {
        var result = board.Ask(new QuestionDraft(text, new QuestionVoter(asker), "Name of " + asker, "Org of " + asker, anonymous, to), Samples.Start);
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return result.Question!;
    }

    /// <summary>Voter keys shaped as the Bot makes them: 12 characters.</summary>
    public static QuestionVoter Voter(int i) => new("vk" + i.ToString("0000000000", CultureInfo.InvariantCulture));
}
