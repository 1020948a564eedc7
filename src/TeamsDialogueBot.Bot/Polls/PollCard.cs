using System.Globalization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The poll card posted in the chat, and the private views a voter gets back: their own answer, or
/// why a vote was refused. Pure functions of the poll and a tally; they never name a voter.
/// </summary>
public static class PollCard
{
    public const string VoteVerb = "poll.vote";

    // The shared card is re-sent on every tally change: keep it small.
    private const int SharedTextGroups = 5;
    private const int SharedTextBudget = 2_000;

    /// <summary>The shared card everyone sees: the question, the inputs while open, and the live tally.</summary>
    public static AdaptiveCard Render(Poll poll, TallyView tally)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(tally);
        return Build(poll, tally, mine: null, notice: null);
    }

    /// <summary>The voter's own view after voting: their answer preselected, ready to be changed.</summary>
    /// <param name="tally">The latest tally of the shared card, or null when none has been computed yet.</param>
    public static AdaptiveCard RenderForVoter(Poll poll, TallyView? tally, Answer mine)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(mine);
        var notice = new TextBlock($"Your answer: {Describe(poll, mine)} — change it below until the poll closes.")
        {
            Color = TextColor.Good,
            Weight = TextWeight.Bolder,
        };
        return Build(poll, tally, mine, notice);
    }

    /// <summary>Why a vote was refused, for the voter alone; with the poll again when it is known.</summary>
    public static AdaptiveCard RenderError(Poll? poll, TallyView? tally, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var notice = new TextBlock("⚠ " + message) { Color = TextColor.Attention, Weight = TextWeight.Bolder };
        return poll is null
            ? new AdaptiveCard([notice, new TextBlock("Nothing was recorded.") { IsSubtle = true, Spacing = Spacing.Small }])
            {
                FallbackText = message,
                MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            }
            : Build(poll, tally, mine: null, notice);
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

    /// <summary>"Poll p2 · single choice · anonymous · hidden".</summary>
    public static string Header(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var parts = new List<string> { $"Poll {poll.Id}", KindName(poll) };
        if (poll.GuidingQuestionNumber is { } q)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"guiding question {q}"));
        }

        if (poll.Anonymous)
        {
            parts.Add("anonymous");
        }

        if (poll.Hidden)
        {
            parts.Add(poll.Revealed ? "revealed" : "results hidden");
        }

        parts.Add(poll.IsOpen ? "open" : "closed");
        return string.Join(" · ", parts);
    }

    private static AdaptiveCard Build(Poll poll, TallyView? tally, Answer? mine, TextBlock? notice)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(notice);
        }

        body.Add(new TextBlock(Header(poll)) { IsSubtle = true, Size = TextSize.Small, Spacing = notice is null ? null : Spacing.Medium });
        body.Add(new TextBlock(CardText.Plain(poll.Question)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.Small });
        IReadOnlyList<CardAction>? actions = null;
        if (poll.IsOpen)
        {
            body.AddRange(PollInputs.For(poll, mine));
            actions = [VoteAction(poll, mine is null ? "Submit answer" : "Change my answer")];
        }
        else
        {
            body.Add(new TextBlock("This poll is closed.") { Color = TextColor.Warning, Spacing = Spacing.Small });
        }

        if (tally is not null)
        {
            body.AddRange(PollTallyBlocks.Render(tally, SharedTextGroups, SharedTextBudget));
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = $"Poll {poll.Id}: {CardText.Truncate(poll.Question, 100)}",
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

    private static string KindName(Poll poll) => poll.Kind switch
    {
        PollKind.SingleChoice => "single choice",
        PollKind.MultipleChoice when poll.MaxSelections is { } max => string.Create(CultureInfo.InvariantCulture, $"up to {max} choices"),
        PollKind.MultipleChoice => "multiple choice",
        PollKind.Rating => "rating",
        PollKind.OpenText => "open answer",
        PollKind.Ranking => "ranking",
        _ => "poll",
    };
}
