using System.Globalization;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// Names of the values a poll card sends back with its Action.Execute data (merged with its inputs'
/// ids); <see cref="AnswerParser"/> reads exactly these.
/// </summary>
public static class PollCardFields
{
    /// <summary>The poll's id, carried in the action's data.</summary>
    public const string PollId = "pollId";

    /// <summary>Input.ChoiceSet of a choice poll: "b", or "a,c" when multi-select (Teams joins with commas).</summary>
    public const string Choice = "choice";

    /// <summary>Input.ChoiceSet of a rating poll, values "1"…"5".</summary>
    public const string Rating = "rating";

    /// <summary>Input.Text of an open-text poll.</summary>
    public const string Text = "text";

    /// <summary>Ranking polls have one Input.ChoiceSet per place: "rank1", "rank2", …</summary>
    public static string Rank(int place) => string.Create(CultureInfo.InvariantCulture, $"rank{place}");
}
