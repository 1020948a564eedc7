using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// `language &lt;ar|zh|en|fr|ru|es&gt;`: the chairs choose the language of the shared cards. The agenda card is
/// refreshed so the chat switches at once; the other cards follow at their next update.
/// </summary>
public sealed class LanguageFeature(DialogueLanguage languages, ConversationLanguages cards) : IFeature
{
    public const string Syntax = "language <ar|zh|en|fr|ru|es>";

    // Each language under its own name: a reader who does not read the current language still finds theirs.
    private static readonly string Endonyms = string.Join(", ", UnLanguages.All.Select(code => $"`{code}` {Endonym(code)}"));

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["language", "lang"], Access.Chairs, [new(Syntax, "The language of the shared cards: Arabic, Chinese, English, French, Russian or Spanish", Access.Chairs)], ChangeAsync);
    }

    private Task ChangeAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var dialogue = context.Session.Dialogue;
        var code = command.Arguments.Trim();
        if (code.Length == 0)
        {
            context.Outbox.Say(languages.Shared(dialogue)["Language.Current"]);
            return Task.CompletedTask;
        }

        // Only the six codes as chairs type them (or a locale of one: fr-FR); "french" or "de" is refused and listed.
        if (UnLanguages.Normalise(code) is null)
        {
            context.Outbox.Say(languages.Shared(dialogue).Format("Language.Unknown", CardText.Plain(CardText.Truncate(code, 20)), Endonyms));
            return Task.CompletedTask;
        }

        if (dialogue.ChangeLanguage(code))
        {
            cards.Forget(context.Session.ConversationId);
            context.Outbox.Refresh(CardSlots.Agenda);
            context.Outbox.Say(languages.Shared(dialogue)["Language.Changed"]);
        }
        else
        {
            context.Outbox.Say(languages.Shared(dialogue)["Language.Current"]);
        }

        return Task.CompletedTask;
    }

    private static string Endonym(string code) => code switch
    {
        UnLanguages.Arabic => "العربية",
        UnLanguages.Chinese => "中文",
        UnLanguages.English => "English",
        UnLanguages.French => "Français",
        UnLanguages.Russian => "Русский",
        _ => "Español",
    };
}
