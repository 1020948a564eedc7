using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The results of a poll as a card of its own, posted when a chair closes it or asks for them, and the
/// open-text answers collected so far for `inputs`. Votes are never attributed to anyone.
/// </summary>
public static class PollResultsCard
{
    // Open text can run to hundreds of answers; a results card lists as many as fit well under 28 KB.
    private const int TextGroups = 60;
    private const int TextBudget = 14_000;

    public static AdaptiveCard Render(Poll poll, TallyView tally, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(tally);
        texts ??= Texts.English;
        var title = texts.Format(poll.IsOpen ? "Results.SoFar" : "Results.Final", poll.Id);
        return Card(poll, tally, title, texts);
    }

    /// <summary>`inputs`: the open-text answers of a poll, grouped, for everyone to read.</summary>
    public static AdaptiveCard RenderInputs(Poll poll, TallyView tally, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(tally);
        texts ??= Texts.English;
        return Card(poll, tally, texts.Format("Results.Inputs", poll.Id), texts);
    }

    private static AdaptiveCard Card(Poll poll, TallyView tally, string title, Texts texts)
    {
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(PollCard.Header(poll, texts)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            new TextBlock(CardText.Plain(poll.Question)) { Weight = TextWeight.Bolder, Spacing = Spacing.Small },
        };
        body.AddRange(PollTallyBlocks.Render(tally, TextGroups, TextBudget, texts));
        return new AdaptiveCard(body)
        {
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = texts.Format("Results.Fallback", title, PollTallyBlocks.Respondents(tally.Respondents, texts)),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }
}
