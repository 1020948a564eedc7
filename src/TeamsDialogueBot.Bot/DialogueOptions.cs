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
}
