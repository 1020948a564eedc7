using System.Globalization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>The inputs of an open poll, named as <see cref="PollCardFields"/> says, optionally prefilled with a voter's answer.</summary>
internal static class PollInputs
{
    public static IEnumerable<CardElement> For(Poll poll, Answer? mine) => poll.Kind switch
    {
        PollKind.SingleChoice or PollKind.MultipleChoice => [Choices(poll, mine)],
        PollKind.Rating => [Rating(poll, mine)],
        PollKind.OpenText => [Text(mine)],
        PollKind.Ranking => Ranking(poll, mine),
        _ => [],
    };

    // Choice titles are plain text in Input.ChoiceSet, so labels go in as typed.
    private static List<Choice> Options(Poll poll) => [.. poll.Options.Select(o => new Choice(o.Label, o.Key))];

    private static InputChoiceSet Choices(Poll poll, Answer? mine)
    {
        var multi = poll.Kind == PollKind.MultipleChoice;
        // Required inputs need a label: the official renderer rejects them without one, and screen readers read it.
        return new InputChoiceSet(PollCardFields.Choice, Options(poll))
        {
            Label = !multi ? "Your choice"
                : poll.MaxSelections is { } max ? string.Create(CultureInfo.InvariantCulture, $"Your choices (up to {max})")
                : "Your choices",
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = multi ? true : null,
            IsRequired = true,
            ErrorMessage = multi ? "Pick at least one option." : "Pick an option.",
            Value = mine is null ? null : string.Join(",", mine.Choices),
        };
    }

    private static InputChoiceSet Rating(Poll poll, Answer? mine)
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
            Label = "Your rating",
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = "Pick a rating.",
            Value = mine?.Rating?.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static InputText Text(Answer? mine) => new(PollCardFields.Text)
    {
        Label = "Your answer",
        Placeholder = "Your answer",
        MaxLength = PollLimits.MaxTextAnswerLength,
        IsMultiline = true,
        IsRequired = true,
        ErrorMessage = "Write an answer first.",
        Value = mine?.Text,
    };

    private static IEnumerable<CardElement> Ranking(Poll poll, Answer? mine)
    {
        var options = Options(poll);
        for (var place = 1; place <= poll.Options.Count; place++)
        {
            yield return new InputChoiceSet(PollCardFields.Rank(place), options)
            {
                Label = place == 1 ? "1st place" : string.Create(CultureInfo.InvariantCulture, $"Place {place}"),
                Style = ChoiceInputStyle.Compact,
                Placeholder = place == 1 ? "Choose" : "(optional)",
                IsRequired = place == 1 ? true : null,
                ErrorMessage = place == 1 ? "Choose at least your first place." : null,
                Value = mine is not null && mine.Choices.Count >= place ? mine.Choices[place - 1] : null,
                Spacing = Spacing.Small,
            };
        }
    }
}
