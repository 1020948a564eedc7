using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>The rows of the Q&amp;A card: one question with its upvote button, and the chairs' buttons under it in their view.</summary>
internal static class QandACardRows
{
    private static string AskedBy(Question question, Texts texts) => question.AskedBy ?? texts["QA.AnonymousAsker"];

    public static Container Question(Question question, int votes, string position, QandACardContext context, bool upvoted, bool canVote)
    {
        var texts = context.Texts;
        var number = question.Number.ToString(CultureInfo.InvariantCulture);
        var meta = new List<string> { CardText.Unlinked(AskedBy(question, texts)) };
        if (question.AddressedTo is { } to)
        {
            meta.Add(texts.Format("QA.AddressedTo", CardText.Plain(to)));
        }

        if (question.State == QuestionState.Answered)
        {
            meta.Add(texts["QA.AnsweredMark"]);
        }

        var text = new Column([
            new TextBlock($"**{number}.** {CardText.Unlinked(question.Text)}") { Spacing = Spacing.None },
            new TextBlock(string.Join(" · ", meta)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ]) { Width = ColumnWidth.Stretch };
        var columns = new List<Column> { text };
        if (canVote)
        {
            var count = votes.ToString(CultureInfo.InvariantCulture);
            var button = Button(QandAVerbs.Upvote, position, question.Number, upvoted ? $"✓ ▲ {count}" : $"▲ {count}") with
            {
                Style = upvoted ? ActionStyle.Positive : null,
                Tooltip = texts[upvoted ? "QA.UpvotedTooltip" : "QA.UpvoteTooltip"],
            };
            columns.Add(new Column([new ActionSet([button])]) { Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalContentAlignment.Center });
        }
        else
        {
            columns.Add(new Column([new TextBlock("▲ " + votes.ToString(CultureInfo.InvariantCulture)) { IsSubtle = true }])
            {
                Width = ColumnWidth.Auto,
                VerticalContentAlignment = VerticalContentAlignment.Center,
            });
        }

        var items = new List<CardElement> { new ColumnSet(columns) };
        if (context.ChairView && ChairButtons(question, position, texts) is { } buttons)
        {
            items.Add(buttons);
        }

        return new Container(items) { Spacing = Spacing.Small, Separator = true };
    }

    /// <summary>A pending or hidden question in the chairs' view: no upvotes, only what a chair can do with it.</summary>
    public static Container Unlisted(Question question, string position, Texts texts)
    {
        var number = question.Number.ToString(CultureInfo.InvariantCulture);
        var meta = CardText.Unlinked(AskedBy(question, texts)) + (question.AddressedTo is { } to ? " · " + texts.Format("QA.AddressedTo", CardText.Plain(to)) : "");
        var items = new List<CardElement>
        {
            new TextBlock($"**{number}.** {CardText.Unlinked(question.Text)}") { Spacing = Spacing.None, IsSubtle = question.State == QuestionState.Hidden },
            new TextBlock(meta) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (ChairButtons(question, position, texts) is { } buttons)
        {
            items.Add(buttons);
        }

        return new Container(items) { Spacing = Spacing.Small, Separator = true };
    }

    public static ExecuteAction Button(string verb, string position, int? question, string title)
    {
        var data = new Dictionary<string, string> { ["verb"] = verb, [QandAVerbs.PositionKey] = position };
        if (question is { } number)
        {
            data[QandAVerbs.QuestionKey] = number.ToString(CultureInfo.InvariantCulture);
        }

        // The ask form's text is not sent along with a button that is not about it.
        return new ExecuteAction(verb) { Title = title, Data = data, AssociatedInputs = verb == QandAVerbs.Ask ? null : AssociatedInputs.None };
    }

    private static ActionSet? ChairButtons(Question question, string position, Texts texts)
    {
        var n = question.Number;
        List<CardAction> actions = question.State switch
        {
            QuestionState.Pending => [Button(QandAVerbs.Approve, position, n, texts["QA.Approve"]) with { Style = ActionStyle.Positive }, Button(QandAVerbs.Hide, position, n, texts["QA.Hide"])],
            QuestionState.Visible => [Button(QandAVerbs.Answered, position, n, texts["QA.MarkAnswered"]), Button(QandAVerbs.Hide, position, n, texts["QA.Hide"])],
            QuestionState.Answered => [Button(QandAVerbs.Show, position, n, texts["QA.NotAnsweredYet"]), Button(QandAVerbs.Hide, position, n, texts["QA.Hide"])],
            QuestionState.Hidden => [Button(QandAVerbs.Show, position, n, texts["QA.ShowAgain"])],
            _ => [],
        };
        return actions.Count == 0 ? null : new ActionSet(actions) { Spacing = Spacing.Small };
    }
}
