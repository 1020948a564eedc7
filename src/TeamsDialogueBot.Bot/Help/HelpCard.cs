using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Help;

/// <summary>
/// The commands a caller may use: participants see theirs, chairs see both lists. Commands stay as typed in every
/// language (the router knows them by these words); their explanations are in the card's language.
/// </summary>
public static class HelpCard
{
    public const string CommandKeyPrefix = "Help.Command.";

    public static AdaptiveCard Render(IEnumerable<CommandHelp> commands, bool isChair, string? intro = null, Texts? texts = null)
    {
        texts ??= Texts.English;
        var all = commands.ToList();
        var body = new List<CardElement>();
        if (intro is not null)
        {
            body.Add(new TextBlock(intro) { Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock(texts["Help.Intro"]) { IsSubtle = true });
        body.Add(Section(texts["Help.ForEveryone"], all.Where(c => !c.ChairsOnly), texts));
        if (isChair)
        {
            body.Add(Section(texts["Help.ForChairs"], all.Where(c => c.ChairsOnly), texts));
        }

        return new AdaptiveCard(body)
        {
            FallbackText = texts.Format("Help.Fallback", string.Join(", ", all.Select(c => c.Syntax))),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    /// <summary>What a command does in the card's language; the registered English line if the resources lack it.</summary>
    public static string Explain(CommandHelp command, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Find(CommandKeyPrefix + command.Syntax) ?? command.Description;
    }

    private static Container Section(string title, IEnumerable<CommandHelp> commands, Texts texts) =>
        new([
            new TextBlock(title) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            // The syntax is shown as typed: unescaped, "<n|name|@name>" is a Markdown autolink (drawn as a link, brackets
            // gone) and "[to say …]" could start one.
            new FactSet(commands.Select(c => new Fact(CardText.Plain(c.Syntax), Explain(c, texts))).ToList()),
        ]);
}
