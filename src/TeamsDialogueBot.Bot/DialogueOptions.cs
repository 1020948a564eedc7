using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Bot;

/// <summary>The "Dialogue" configuration section.</summary>
public sealed class DialogueOptions
{
    public const string SectionName = "Dialogue";

    /// <summary>A programme YAML file; empty = the built-in seed programme.</summary>
    public string? ProgrammePath { get; set; }

    /// <summary>Co-chairs by AAD object id or UPN. Meeting organizers and presenters are chairs too.</summary>
    public IList<string> CoChairs { get; } = [];

    /// <summary>
    /// Set by the host in anonymous local mode: with no co-chairs configured and no meeting to ask,
    /// everyone may steer, so the bot can be tried alone on a laptop.
    /// </summary>
    public bool EveryoneIsChairWhenUnconfigured { get; set; }

    /// <summary>When Teams says the meeting started, post the agenda card if the chat has none yet.</summary>
    public bool PostAgendaAtStart { get; set; } = true;

    /// <summary>
    /// The shared cards' language until the chairs choose one (`language …`): one of the six UN codes. Anything else
    /// stops start-up, naming the setting, rather than silently falling back to English in front of a meeting.
    /// </summary>
    [AllowedValues("ar", "zh", "en", "fr", "ru", "es", ErrorMessage = "Dialogue:Language must be one of ar, zh, en, fr, ru, es.")]
    public string Language { get; set; } = "en";
}
