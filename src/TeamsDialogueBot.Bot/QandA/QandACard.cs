using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// The Q&amp;A card of a panel: the questions by upvotes then time, each with its upvote toggle, and a form to ask one.
/// Everyone sees the shared view; one person's own view marks their upvotes; the chairs' clients refresh to a view with
/// the questions waiting for approval, the hidden ones, and the buttons to approve, hide, show and mark answered.
/// A pure function; the card stays under Teams' size limit by showing the top of the list and "… and N more".
/// </summary>
public static class QandACard
{
    /// <summary>Below Teams' ~28 KB message limit, with room for the activity envelope.</summary>
    public const int MaxBytes = 26_000;

    private const int MaxRefreshUsers = 60;
    private const int MaxUnlisted = 8;

    public static AdaptiveCard Render(QuestionBoard board, QandACardContext context)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(context);
        var position = PositionKey.Of(board.Position);
        var viewer = context.Viewer;
        var rows = board.Ranked()
            .Select(r => (CardElement)QandACardRows.Question(
                r.Question, r.Votes, position, context, viewer is { } v && board.HasUpvoted(r.Question.Number, v), board.IsOpen))
            .ToList();
        var card = Build(board, context, position, rows, rows.Count);

        // A long list is shown as far as the size limit allows, best first; the count in the status line stays exact.
        var shown = rows.Count;
        while (CardJson.Utf8Size(card) > MaxBytes && shown > 0)
        {
            shown = Math.Max(0, shown - Math.Max(1, shown / 10));
            card = Build(board, context, position, rows, shown);
        }

        return card;
    }

    private static AdaptiveCard Build(QuestionBoard board, QandACardContext context, string position, List<CardElement> rows, int shown)
    {
        var body = new List<CardElement>
        {
            new TextBlock("Questions to the panel") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(CardText.Plain(CardText.Truncate(context.Heading, 160))) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(StatusLine(board)) { Size = TextSize.Small, Spacing = Spacing.Small },
        };
        if (context.Notice is { } notice)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        }

        if (board.IsOpen)
        {
            body.AddRange(Form(context, position));
        }

        if (context.ChairView)
        {
            body.AddRange(Unlisted("Waiting for your approval", board.Pending, position));
        }

        body.Add(new TextBlock(rows.Count == 0 ? "No questions yet." : "Most upvoted first") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, IsSubtle = rows.Count == 0 });
        body.AddRange(rows.Take(shown));
        if (shown < rows.Count)
        {
            body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"… and {rows.Count - shown} more")) { IsSubtle = true });
        }

        if (context.ChairView)
        {
            body.AddRange(Unlisted("Hidden", board.HiddenQuestions, position));
        }

        return new AdaptiveCard(body)
        {
            Refresh = context.ChairMris.Count == 0 ? null : new Refresh(QandACardRows.Button(QandAVerbs.Refresh, position, null, "Refresh"))
            {
                UserIds = [.. context.ChairMris.Distinct(StringComparer.Ordinal).Take(MaxRefreshUsers)],
            },
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = $"Q&A — {context.Heading}",
        };
    }

    private static string StatusLine(QuestionBoard board)
    {
        var shown = board.Questions.Count(q => q.IsShown);
        var parts = new List<string>
        {
            board.IsOpen ? "🟢 Open: ask, and upvote the questions you want answered" : "🔴 Closed: no new questions or upvotes",
            string.Create(CultureInfo.InvariantCulture, $"{shown} question{(shown == 1 ? "" : "s")}"),
        };
        if (board.IsModerated)
        {
            parts.Add("pre-moderated");
        }

        if (board.Pending.Count is > 0 and var pending)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{pending} waiting for approval"));
        }

        return string.Join(" · ", parts);
    }

    private static IEnumerable<CardElement> Form(QandACardContext context, string position)
    {
        if (context.FormError is { } error)
        {
            yield return new TextBlock("⚠ " + error) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        }

        yield return new InputText(QandAVerbs.TextInput)
        {
            Label = "Ask a question",
            Placeholder = "Your question to the panel",
            IsMultiline = true,
            MaxLength = QandALimits.Text,
            IsRequired = true,
            ErrorMessage = "Type your question first.",
            Value = context.FormText,
            Spacing = context.FormError is null ? Spacing.Medium : Spacing.Small,
        };
        var choices = new List<CardElement>();
        if (context.Panellists.Count > 0)
        {
            var to = new List<Choice> { new("The whole panel", QandAVerbs.WholePanel) };
            to.AddRange(context.Panellists.Select(p => new Choice(p, p)));
            choices.Add(new InputChoiceSet(QandAVerbs.AddresseeInput, to) { Label = "To", Value = context.FormAddressee ?? QandAVerbs.WholePanel, Style = ChoiceInputStyle.Compact });
        }

        choices.Add(new InputChoiceSet(QandAVerbs.AttributionInput, [new Choice("Show my name", QandAVerbs.Named), new Choice("Anonymous", QandAVerbs.Anonymous)])
        {
            Label = "Asked by",
            Value = context.FormAnonymous ? QandAVerbs.Anonymous : QandAVerbs.Named,
            Style = ChoiceInputStyle.Compact,
        });
        yield return new ColumnSet([.. choices.Select(c => new Column([c]) { Width = ColumnWidth.Stretch })]);
        yield return new ActionSet([QandACardRows.Button(QandAVerbs.Ask, position, null, "Ask") with { Style = ActionStyle.Positive }]);
    }

    private static IEnumerable<CardElement> Unlisted(string title, IReadOnlyList<Question> questions, string position)
    {
        if (questions.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{title} ({questions.Count})")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Color = TextColor.Accent };
        foreach (var question in questions.Take(MaxUnlisted))
        {
            yield return QandACardRows.Unlisted(question, position);
        }

        if (questions.Count > MaxUnlisted)
        {
            yield return new TextBlock(string.Create(CultureInfo.InvariantCulture, $"… and {questions.Count - MaxUnlisted} more: type `qa approve|hide|show <n>`")) { IsSubtle = true };
        }
    }
}
