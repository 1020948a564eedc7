using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Help;

/// <summary>The commands a caller may use: participants see theirs, chairs see both lists.</summary>
public static class HelpCard
{
    public static AdaptiveCard Render(IEnumerable<CommandHelp> commands, bool isChair, string? intro = null)
    {
        var all = commands.ToList();
        var body = new List<CardElement>();
        if (intro is not null)
        {
            body.Add(new TextBlock(intro) { Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock("Mention me, then type a command (a leading / is optional).") { IsSubtle = true });
        body.Add(Section("For everyone", all.Where(c => !c.ChairsOnly)));
        if (isChair)
        {
            body.Add(Section("For co-chairs", all.Where(c => c.ChairsOnly)));
        }

        return new AdaptiveCard(body) { FallbackText = "Commands: " + string.Join(", ", all.Select(c => c.Syntax)) };
    }

    private static Container Section(string title, IEnumerable<CommandHelp> commands) =>
        new([
            new TextBlock(title) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new FactSet(commands.Select(c => new Fact(c.Syntax, c.Description)).ToList()),
        ]);
}
