using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// The Q&amp;A card of a panel: the questions by upvotes then time, each with its upvote toggle, and a form to ask one.
/// Everyone sees the shared view; one person's own view marks their upvotes; the chairs' clients refresh to a view with
/// the questions waiting for approval, the hidden ones, and the buttons to approve, hide, show and mark answered.
/// A pure function; the card stays under Teams' size limit by showing the top of the list and "… and N more" (in the
/// chairs' view, then fewer of the waiting and hidden questions too).
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
        var card = Build(board, context, position, rows, rows.Count, MaxUnlisted);

        // A long list is shown as far as the size limit allows, best first; the count in the status line stays exact.
        var shown = rows.Count;
        while (CardJson.Utf8Size(card) > MaxBytes && shown > 0)
        {
            shown = Math.Max(0, shown - Math.Max(1, shown / 10));
            card = Build(board, context, position, rows, shown, MaxUnlisted);
        }

        // The chairs' waiting and hidden questions may be up to 500 characters each, and '@' or CJK text takes 3-4 bytes
        // a character: sixteen of them alone can pass the limit, and Teams would refuse the chairs' whole view (and with
        // it their buttons). They are cut too, oldest first kept, each list still counted in its heading.
        var unlisted = MaxUnlisted;
        while (CardJson.Utf8Size(card) > MaxBytes && unlisted > 0)
        {
            unlisted--;
            card = Build(board, context, position, rows, shown, unlisted);
        }

        return card;
    }

    private static AdaptiveCard Build(QuestionBoard board, QandACardContext context, string position, List<CardElement> rows, int shown, int unlisted)
    {
        var texts = context.Texts;
        var body = new List<CardElement>
        {
            new TextBlock(texts["QA.Title"]) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(CardText.Plain(CardText.Truncate(context.Heading, 160))) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(StatusLine(board, texts)) { Size = TextSize.Small, Spacing = Spacing.Small },
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
            body.AddRange(Unlisted(texts["QA.AwaitingYourApproval"], board.Pending, position, unlisted, texts));
        }

        body.Add(new TextBlock(texts[rows.Count == 0 ? "QA.NoQuestions" : "QA.MostUpvoted"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, IsSubtle = rows.Count == 0 });
        body.AddRange(rows.Take(shown));
        if (shown < rows.Count)
        {
            body.Add(new TextBlock(texts.Plural("QA.More", rows.Count - shown)) { IsSubtle = true });
        }

        if (context.ChairView)
        {
            body.AddRange(Unlisted(texts["QA.HiddenList"], board.HiddenQuestions, position, unlisted, texts));
        }

        return new AdaptiveCard(body)
        {
            Refresh = context.ChairMris.Count == 0 ? null : new Refresh(QandACardRows.Button(QandAVerbs.Refresh, position, null, texts["QA.Refresh"]))
            {
                UserIds = [.. context.ChairMris.Distinct(StringComparer.Ordinal).Take(MaxRefreshUsers)],
            },
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = texts.Format("QA.Fallback", context.Heading),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    private static string StatusLine(QuestionBoard board, Texts texts)
    {
        var shown = board.Questions.Count(q => q.IsShown);
        var parts = new List<string>
        {
            texts[board.IsOpen ? "QA.Open" : "QA.Closed"],
            texts.Plural("QA.Questions", shown),
        };
        if (board.IsModerated)
        {
            parts.Add(texts["QA.PreModerated"]);
        }

        if (board.Pending.Count is > 0 and var pending)
        {
            parts.Add(texts.Format("QA.WaitingForApproval", texts.Number(pending)));
        }

        return string.Join(" · ", parts);
    }

    private static IEnumerable<CardElement> Form(QandACardContext context, string position)
    {
        var texts = context.Texts;
        if (context.FormError is { } error)
        {
            yield return new TextBlock("⚠ " + error) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        }

        yield return new InputText(QandAVerbs.TextInput)
        {
            Label = texts["QA.AskLabel"],
            Placeholder = texts["QA.AskPlaceholder"],
            IsMultiline = true,
            MaxLength = QandALimits.Text,
            IsRequired = true,
            ErrorMessage = texts["QA.TypeFirst"],
            Value = context.FormText,
            Spacing = context.FormError is null ? Spacing.Medium : Spacing.Small,
        };
        var choices = new List<CardElement>();
        if (context.Panellists.Count > 0)
        {
            var to = new List<Choice> { new(texts["QA.WholePanel"], QandAVerbs.WholePanel) };
            to.AddRange(context.Panellists.Select(p => new Choice(p, p)));
            choices.Add(new InputChoiceSet(QandAVerbs.AddresseeInput, to) { Label = texts["QA.To"], Value = context.FormAddressee ?? QandAVerbs.WholePanel, Style = ChoiceInputStyle.Compact });
        }

        choices.Add(new InputChoiceSet(QandAVerbs.AttributionInput, [new Choice(texts["QA.ShowMyName"], QandAVerbs.Named), new Choice(texts["QA.Anonymous"], QandAVerbs.Anonymous)])
        {
            Label = texts["QA.AskedBy"],
            Value = context.FormAnonymous ? QandAVerbs.Anonymous : QandAVerbs.Named,
            Style = ChoiceInputStyle.Compact,
        });
        yield return new ColumnSet([.. choices.Select(c => new Column([c]) { Width = ColumnWidth.Stretch })]);
        yield return new ActionSet([QandACardRows.Button(QandAVerbs.Ask, position, null, texts["QA.Ask"]) with { Style = ActionStyle.Positive }]);
    }

    private static IEnumerable<CardElement> Unlisted(string title, IReadOnlyList<Question> questions, string position, int max, Texts texts)
    {
        if (questions.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(texts.Format("QA.Count", title, texts.Number(questions.Count))) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Color = TextColor.Accent };
        foreach (var question in questions.Take(max))
        {
            yield return QandACardRows.Unlisted(question, position, texts);
        }

        if (questions.Count > max)
        {
            yield return new TextBlock(texts.Format("QA.MoreUnlisted", texts.Number(questions.Count - max))) { IsSubtle = true };
        }
    }
}
