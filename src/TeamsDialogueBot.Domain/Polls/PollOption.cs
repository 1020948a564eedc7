namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// One option of a choice or ranking poll. <see cref="Key"/> is "a", "b", … so the data a card
/// sends back stays small and never depends on the label's text.
/// </summary>
public sealed record PollOption(string Key, string Label);
