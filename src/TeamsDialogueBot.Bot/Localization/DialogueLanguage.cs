using Microsoft.Extensions.Options;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// Which language a text is written in. Shared cards (everyone sees the same card) follow the dialogue's language;
/// private views (an invoke response, a 1:1 message, a form) follow the reader's Teams locale when the bot has it,
/// else the dialogue's language — so a de-DE reader gets the language the chairs chose, not English.
/// </summary>
public sealed class DialogueLanguage(IOptions<DialogueOptions> options, ITextSource? source = null)
{
    private readonly string _default = UnLanguages.Normalise(options?.Value.Language) ?? UnLanguages.English;

    /// <summary>The dialogue's language: the chairs' choice, else <c>Dialogue:Language</c>.</summary>
    public string Of(Dialogue? dialogue) => dialogue?.Language ?? _default;

    /// <summary>The texts of a shared card or a message to the whole chat.</summary>
    public Texts Shared(Dialogue? dialogue) => TextsIn(Of(dialogue));

    /// <summary>The texts of a shared card in <paramref name="language"/> (the dialogue's, as read earlier).</summary>
    public Texts Shared(string language) => TextsIn(UnLanguages.Normalise(language) ?? _default);

    /// <summary>The texts of what only the sender of <paramref name="activity"/> sees.</summary>
    public Texts Private(Activity? activity, Dialogue? dialogue) =>
        TextsIn(UnLanguages.Normalise(activity?.Locale) ?? Of(dialogue));

    private Texts TextsIn(string language) => source is null ? Texts.For(language) : new Texts(source, language);
}
