using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The speakers' list card: who has the floor and for how long, who is next and why, the line with
/// estimated waits, and the equal-footing figures. Everyone sees the shared view; the chairs' clients
/// refresh to a view with the controls. A pure function: elapsed time comes from the clock given.
/// </summary>
public static class QueueCard
{
    /// <summary>Below Teams' ~28 KB message limit, with room for the activity envelope.</summary>
    public const int MaxBytes = 26_000;

    private const int DetailedRows = 10;
    private const int CardTopicLength = 120;
    private const int MaxRefreshUsers = 60;

    public static AdaptiveCard Render(SpeakersList list, QueueCardContext context, bool chairView)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(context);
        var item = PositionKey.Of(list.Position);
        var texts = context.Texts;
        var queue = list.Queue;
        var waits = WaitEstimate.Compute(queue, list.SpeakingTime, list.Current, context.Now);
        var head = new List<CardElement>
        {
            new TextBlock(texts["Queue.Title"]) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(CardText.Plain(context.ItemHeading)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(StatusLine(list, texts)) { Spacing = Spacing.Small, Size = TextSize.Small },
            Floor(list, context.Now, texts),
            new TextBlock(WaitingLine(queue, texts)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
        };
        if (queue.FirstOrDefault(o => o.Entry.State == EntryState.Waiting) is { } next)
        {
            head.Add(new TextBlock(texts.Format("Queue.WhyNext", CardText.Plain(OrderReasons.Explain(next, texts)))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var rows = queue.Select((o, i) => (CardElement)Row(o, waits[i], detailed: i < DetailedRows, texts)).ToList();
        var figures = Figures(FloorFigures.Compute(list, context.Now), texts);
        var footer = new TextBlock(context.Online is { } online ? figures + "\n\n" + texts.Format("Queue.Online", texts.Number(online.OnlineNow), texts.Number(online.SpokeSoFar)) : figures)
        {
            IsSubtle = true, Size = TextSize.Small, Separator = true, Spacing = Spacing.Medium,
        };
        var actions = chairView ? ChairActions(list, item, texts) : [];
        var card = Build(list, context, item, head, rows, footer, actions);

        // A very long line is shown as far as the size limit allows; the count above stays exact.
        var shown = rows.Count;
        while (CardJson.Utf8Size(card) > MaxBytes && shown > 0)
        {
            shown = Math.Max(0, shown - Math.Max(1, shown / 10));
            var cut = rows.Take(shown).Append(new TextBlock(texts.Plural("Queue.More", rows.Count - shown)) { IsSubtle = true }).ToList();
            card = Build(list, context, item, head, cut, footer, actions);
        }

        return card;
    }

    public static string ChannelIcon(SpeakerChannel channel) => channel == SpeakerChannel.Room ? "🏛" : "💻";

    /// <summary>The channel's icon, and 📱 for a request made from a phone in the room (issue 18).</summary>
    public static string EntryIcon(SpeakerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.FromPhone ? ChannelIcon(entry.Speaker.Channel) + "📱" : ChannelIcon(entry.Speaker.Channel);
    }

    private static AdaptiveCard Build(
        SpeakersList list, QueueCardContext context, string item, List<CardElement> head, IEnumerable<CardElement> rows, CardElement footer, List<CardElement> chairActions)
    {
        var body = new List<CardElement>(head);
        body.AddRange(rows);
        body.Add(PlaceActions(item, context.Texts));
        body.AddRange(chairActions);
        body.Add(footer);
        return new AdaptiveCard(body)
        {
            Actions = ParticipantActions(list, item, context.Texts),
            Refresh = context.ChairMris.Count == 0 ? null : new Refresh(Execute(QueueVerbs.Refresh, item, context.Texts["Queue.Refresh"]))
            {
                UserIds = [.. context.ChairMris.Distinct(StringComparer.Ordinal).Take(MaxRefreshUsers)],
            },
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = context.Texts.Format("Queue.Fallback", context.ItemHeading),
            Lang = context.Texts.Language,
            Rtl = context.Texts.IsRightToLeft ? true : null,
        };
    }

    private static string StatusLine(SpeakersList list, Texts texts) => texts.Format(
        "Queue.Status",
        texts[list.IsOpen ? "Queue.IsOpen" : "Queue.IsClosed"],
        list.Policy.CommandWord(),
        OrderReasons.DescribePolicy(list.Policy, texts),
        ClockText.Format(list.SpeakingTime));

    /// <summary>"Room 3 · 7:40 | Remote 4 · 9:05 | avg wait 2:10 / 2:45".</summary>
    private static string Figures(FloorFigures figures, Texts texts)
    {
        var room = figures.ByChannel.First(r => r.Key == nameof(SpeakerChannel.Room));
        var remote = figures.ByChannel.First(r => r.Key == nameof(SpeakerChannel.Remote));
        static string Wait(FloorFigureRow r) => r.Interventions == 0 ? "–" : ClockText.Format(r.AverageWait);
        return texts.Format(
            "Queue.Figures",
            texts.Number(room.Interventions), ClockText.Format(room.TotalSpeaking),
            texts.Number(remote.Interventions), ClockText.Format(remote.TotalSpeaking),
            Wait(room), Wait(remote));
    }

    private static Container Floor(SpeakersList list, DateTimeOffset now, Texts texts)
    {
        if (list.Current is not { } current)
        {
            return new Container([new TextBlock(texts["Queue.NobodyHasFloor"]) { IsSubtle = true }]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
        }

        var elapsed = now - (current.StartedAt ?? now);
        var over = elapsed > list.SpeakingTime;
        var items = new List<CardElement>
        {
            new ColumnSet([
                new Column([new TextBlock(EntryIcon(current)) { Size = TextSize.Large }]) { Width = ColumnWidth.Auto },
                new Column([
                    new TextBlock(texts.Format("Queue.HasFloor", Who(current.Speaker))) { Weight = TextWeight.Bolder },
                    new TextBlock(texts.Format("Queue.Elapsed", ClockText.Format(elapsed), ClockText.Format(list.SpeakingTime)))
                    {
                        Color = over ? TextColor.Attention : TextColor.Good,
                        Spacing = Spacing.None,
                    },
                ]) { Width = ColumnWidth.Stretch },
            ]),
        };
        if (current.Topic is { } topic)
        {
            items.Add(new TextBlock(texts.Format("Queue.ToSay", CardText.Plain(CardText.Truncate(topic, CardTopicLength)))) { IsSubtle = true, Spacing = Spacing.None });
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
    }

    private static string WaitingLine(IReadOnlyList<OrderedEntry> queue, Texts texts)
    {
        var room = queue.Count(o => o.Entry.Speaker.Channel == SpeakerChannel.Room);
        var remote = queue.Count - room;
        return texts.Format("Queue.Waiting", texts.Number(queue.Count), texts.Number(room), texts.Number(remote));
    }

    private static TextBlock Row(OrderedEntry ordered, TimeSpan? wait, bool detailed, Texts texts)
    {
        var entry = ordered.Entry;
        var position = ordered.Position.ToString(CultureInfo.InvariantCulture);
        var icon = EntryIcon(entry);
        if (!detailed)
        {
            return new TextBlock($"#{position} {icon} {CardText.Plain(entry.Speaker.Name)}{(entry.State == EntryState.OnHold ? $" ({texts["Queue.OnHold"]})" : "")}") { Spacing = Spacing.None };
        }

        var when = wait is { } w ? "~" + ClockText.Format(w) : texts["Queue.OnHold"];
        var line = $"**#{position}** {icon} {Who(entry.Speaker)} · {CardText.Plain(entry.Speaker.Group)} · {when}";
        if (entry.GuidingQuestion is { } q)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" · Q{q}");
        }

        if (entry.Topic is { } topic)
        {
            line += "\n\n" + texts.Format("Queue.RowToSay", CardText.Plain(CardText.Truncate(topic, CardTopicLength)));
        }

        return new TextBlock(line) { Spacing = Spacing.Small };
    }

    private static string Who(Speaker speaker) =>
        speaker.Organisation is { Length: > 0 } org
            ? $"{CardText.Plain(speaker.Name)} ({CardText.Plain(org)})"
            : CardText.Plain(speaker.Name);

    private static List<CardAction> ParticipantActions(SpeakersList list, string item, Texts texts)
    {
        var actions = new List<CardAction>();
        if (list.IsOpen)
        {
            actions.Add(Execute(QueueVerbs.Request, item, texts["Queue.Request"]) with { Style = ActionStyle.Positive });
        }

        actions.Add(Execute(QueueVerbs.Withdraw, item, texts["Queue.Withdraw"]));
        actions.Add(Execute(QueueVerbs.Profile, item, texts["Queue.Profile"]));
        return actions;
    }

    // Teams draws a card's actions in one row: five of them were cut to "Reque…", "I'm…", so the
    // two about one's place in the line get a row of their own under the line.
    private static ActionSet PlaceActions(string item, Texts texts) => new([
        Execute(QueueVerbs.Hold, item, texts["Queue.Hold"]),
        Execute(QueueVerbs.Resume, item, texts["Queue.Resume"]),
    ]);

    private static List<CardElement> ChairActions(SpeakersList list, string item, Texts texts)
    {
        var policies = OrderingPolicies.CommandWords.Select(w => new Choice(w, w)).ToList();
        var head = list.HeadMark; // orders the line: once for both buttons
        return
        [
            new TextBlock(texts["Queue.ChairControls"]) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium },
            new ActionSet([
                Execute(QueueVerbs.Ack, item, texts["Queue.Ack"], head) with { Style = ActionStyle.Positive },
                Execute(QueueVerbs.Skip, item, texts["Queue.Skip"], head),
                list.IsOpen ? Execute(QueueVerbs.Close, item, texts["Queue.CloseList"]) : Execute(QueueVerbs.Open, item, texts["Queue.OpenList"]),
                Execute(QueueVerbs.Clear, item, texts["Queue.Clear"]) with { Style = ActionStyle.Destructive },
            ]),
            new ColumnSet([
                new Column([new InputChoiceSet("policy", policies) { Value = list.Policy.CommandWord(), Label = texts["Queue.PolicyLabel"] }]) { Width = ColumnWidth.Stretch },
                new Column([new InputText("time") { Label = texts["Queue.TimeLabel"], Value = ClockText.Format(list.SpeakingTime), MaxLength = 8 }]) { Width = ColumnWidth.Stretch },
            ]),
            new ActionSet([Execute(QueueVerbs.Policy, item, texts["Queue.ApplyPolicy"]), Execute(QueueVerbs.Time, item, texts["Queue.SetTime"])]),
        ];
    }

    private static ExecuteAction Execute(string verb, string item, string title, string? head = null)
    {
        var data = new Dictionary<string, string> { ["verb"] = verb, [QueueVerbs.ItemKey] = item };
        if (head is not null)
        {
            data[QueueVerbs.HeadKey] = head;
        }

        return new(verb) { Title = title, Data = data };
    }
}
