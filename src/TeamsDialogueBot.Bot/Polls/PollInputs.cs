using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>The inputs of an open poll, named as <see cref="PollCardFields"/> says, optionally prefilled with a voter's answer.</summary>
internal static class PollInputs
{
    public static IEnumerable<CardElement> For(Poll poll, Answer? mine, Texts texts) => poll.Kind switch
    {
        PollKind.SingleChoice or PollKind.MultipleChoice => [Choices(poll, mine, texts)],
        PollKind.Rating => [Rating(poll, mine, texts)],
        PollKind.OpenText => [Text(mine, texts)],
        PollKind.Ranking => Ranking(poll, mine, texts),
        _ => [],
    };

    // Choice titles are plain text in Input.ChoiceSet, so labels go in as typed.
    private static List<Choice> Options(Poll poll) => [.. poll.Options.Select(o => new Choice(o.Label, o.Key))];

    private static InputChoiceSet Choices(Poll poll, Answer? mine, Texts texts)
    {
        var multi = poll.Kind == PollKind.MultipleChoice;
        // Required inputs need a label: the official renderer rejects them without one, and screen readers read it.
        return new InputChoiceSet(PollCardFields.Choice, Options(poll))
        {
            Label = !multi ? texts["Poll.Input.YourChoice"]
                : poll.MaxSelections is { } max ? texts.Format("Poll.Input.YourChoicesUpTo", texts.Number(max))
                : texts["Poll.Input.YourChoices"],
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = multi ? true : null,
            IsRequired = true,
            ErrorMessage = multi ? texts["Poll.Input.PickAtLeastOne"] : texts["Poll.Input.PickOne"],
            Value = mine is null ? null : string.Join(",", mine.Choices),
        };
    }

    private static InputChoiceSet Rating(Poll poll, Answer? mine, Texts texts)
    {
        var scale = poll.Scale ?? new RatingScale();
        var choices = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1)
            .Select(v =>
            {
                var number = v.ToString(CultureInfo.InvariantCulture);
                var label = v == scale.Min ? scale.LowLabel : v == scale.Max ? scale.HighLabel : null;
                return new Choice(label is null ? number : $"{number} — {label}", number);
            })
            .ToList();
        return new InputChoiceSet(PollCardFields.Rating, choices)
        {
            Label = texts["Poll.Input.YourRating"],
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = texts["Poll.Input.PickRating"],
            Value = mine?.Rating?.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static InputText Text(Answer? mine, Texts texts) => new(PollCardFields.Text)
    {
        Label = texts["Poll.Input.YourAnswer"],
        Placeholder = texts["Poll.Input.YourAnswer"],
        MaxLength = PollLimits.MaxTextAnswerLength,
        IsMultiline = true,
        IsRequired = true,
        ErrorMessage = texts["Poll.Input.WriteFirst"],
        Value = mine?.Text,
    };

    private static IEnumerable<CardElement> Ranking(Poll poll, Answer? mine, Texts texts)
    {
        var options = Options(poll);
        for (var place = 1; place <= poll.Options.Count; place++)
        {
            yield return new InputChoiceSet(PollCardFields.Rank(place), options)
            {
                Label = place == 1 ? texts["Poll.Input.FirstPlace"] : texts.Format("Poll.Input.Place", texts.Number(place)),
                Style = ChoiceInputStyle.Compact,
                Placeholder = place == 1 ? texts["Poll.Input.Choose"] : texts["Poll.Input.Optional"],
                IsRequired = place == 1 ? true : null,
                ErrorMessage = place == 1 ? texts["Poll.Input.ChooseFirst"] : null,
                Value = mine is not null && mine.Choices.Count >= place ? mine.Choices[place - 1] : null,
                Spacing = Spacing.Small,
            };
        }
    }
}
