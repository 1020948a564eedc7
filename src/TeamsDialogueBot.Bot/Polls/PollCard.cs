using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The poll card posted in the chat, and the private views a voter gets back: their own answer, or
/// why a vote was refused. Pure functions of the poll and a tally; they never name a voter. The shared card is in the
/// dialogue's language, a voter's views in their own; the question and options stay as the chair typed them.
/// </summary>
public static class PollCard
{
    public const string VoteVerb = "poll.vote";

    // The shared card is re-sent on every tally change: keep it small.
    private const int SharedTextGroups = 5;
    private const int SharedTextBudget = 2_000;

    /// <summary>The shared card everyone sees: the question, the inputs while open, and the live tally.</summary>
    public static AdaptiveCard Render(Poll poll, TallyView tally, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(tally);
        return Build(poll, tally, mine: null, notice: null, texts ?? Texts.English);
    }

    /// <summary>The voter's own view after voting: their answer preselected, ready to be changed.</summary>
    /// <param name="tally">The latest tally of the shared card, or null when none has been computed yet.</param>
    public static AdaptiveCard RenderForVoter(Poll poll, TallyView? tally, Answer mine, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(mine);
        texts ??= Texts.English;
        var notice = new TextBlock(texts.Format("Poll.YourAnswer", Describe(poll, mine)))
        {
            Color = TextColor.Good,
            Weight = TextWeight.Bolder,
        };
        return Build(poll, tally, mine, notice, texts);
    }

    /// <summary>Why a vote was refused, for the voter alone; with the poll again when it is known.</summary>
    /// <param name="message">Why, in <paramref name="texts"/>' language (<see cref="PollErrorTexts"/>).</param>
    public static AdaptiveCard RenderError(Poll? poll, TallyView? tally, string message, Texts? texts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        texts ??= Texts.English;
        var notice = new TextBlock("⚠ " + message) { Color = TextColor.Attention, Weight = TextWeight.Bolder };
        return poll is null
            ? new AdaptiveCard([notice, new TextBlock(texts["Poll.NothingRecorded"]) { IsSubtle = true, Spacing = Spacing.Small }])
            {
                FallbackText = message,
                MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
                Lang = texts.Language,
                Rtl = texts.IsRightToLeft ? true : null,
            }
            : Build(poll, tally, mine: null, notice, texts);
    }

    /// <summary>The voter's answer in words: option labels, the rating, or their text (made plain).</summary>
    public static string Describe(Poll poll, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(answer);
        var labels = answer.Choices.Select(k => CardText.Plain(poll.FindOption(k)?.Label ?? k)).ToList();
        return poll.Kind switch
        {
            PollKind.Rating => answer.Rating?.ToString(CultureInfo.InvariantCulture) ?? "",
            PollKind.OpenText => "“" + CardText.Plain(CardText.Truncate(answer.Text ?? "", 200)) + "”",
            PollKind.Ranking => string.Join(" › ", labels),
            _ => string.Join(", ", labels),
        };
    }

    /// <summary>"Poll p2 · single choice · anonymous · hidden": a list of labels, so no sentence is assembled from parts.</summary>
    public static string Header(Poll poll, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(poll);
        texts ??= Texts.English;
        var parts = new List<string> { texts.Format("Poll.Header.Poll", poll.Id), KindName(poll, texts) };
        if (poll.GuidingQuestionNumber is { } q)
        {
            parts.Add(texts.Format("Poll.GuidingQuestion", q));
        }

        if (poll.Anonymous)
        {
            parts.Add(texts["Poll.Anonymous"]);
        }

        if (poll.Hidden)
        {
            parts.Add(poll.Revealed ? texts["Poll.Revealed"] : texts["Poll.ResultsHidden"]);
        }

        parts.Add(poll.IsOpen ? texts["Poll.Open"] : texts["Poll.Closed"]);
        return string.Join(" · ", parts);
    }

    private static AdaptiveCard Build(Poll poll, TallyView? tally, Answer? mine, TextBlock? notice, Texts texts)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(notice);
        }

        body.Add(new TextBlock(Header(poll, texts)) { IsSubtle = true, Size = TextSize.Small, Spacing = notice is null ? null : Spacing.Medium });
        body.Add(new TextBlock(CardText.Plain(poll.Question)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.Small });
        IReadOnlyList<CardAction>? actions = null;
        if (poll.IsOpen)
        {
            body.AddRange(PollInputs.For(poll, mine, texts));
            actions = [VoteAction(poll, mine is null ? texts["Poll.Submit"] : texts["Poll.Change"])];
        }
        else
        {
            body.Add(new TextBlock(texts["Poll.IsClosed"]) { Color = TextColor.Warning, Spacing = Spacing.Small });
        }

        if (tally is not null)
        {
            body.AddRange(PollTallyBlocks.Render(tally, SharedTextGroups, SharedTextBudget, texts));
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = texts.Format("Poll.Fallback", poll.Id, CardText.Truncate(poll.Question, 100)),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    private static ExecuteAction VoteAction(Poll poll, string title)
    {
        var data = new Dictionary<string, string> { ["verb"] = VoteVerb, [PollCardFields.PollId] = poll.Id.Value };
        return new ExecuteAction(VoteVerb)
        {
            Title = title,
            Style = ActionStyle.Positive,
            Data = data,
            AssociatedInputs = AssociatedInputs.Auto,
            // Clients without Universal Actions post the same data as a message; the bot routes it by "verb".
            Fallback = new SubmitAction { Title = title, Data = data, AssociatedInputs = AssociatedInputs.Auto },
        };
    }

    private static string KindName(Poll poll, Texts texts) => poll.Kind switch
    {
        PollKind.SingleChoice => texts["Poll.Kind.Single"],
        PollKind.MultipleChoice when poll.MaxSelections is { } max => texts.Plural("Poll.Kind.UpTo", max),
        PollKind.MultipleChoice => texts["Poll.Kind.Multiple"],
        PollKind.Rating => texts["Poll.Kind.Rating"],
        PollKind.OpenText => texts["Poll.Kind.OpenText"],
        _ => texts["Poll.Kind.Ranking"],
    };
}
