namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// The poll on screen. While a hidden poll is unrevealed <paramref name="Rows"/> is empty and only
/// <paramref name="Respondents"/> is shown: the counts never leave the server.
/// </summary>
/// <param name="Kind">"single", "multi", "rating", "text" or "ranking".</param>
/// <param name="Summary">A one-line result where the kind has one (a rating's average), in the dialogue's language.</param>
/// <param name="RespondentsText">"12 respondents" in the dialogue's language.</param>
public sealed record DisplayPoll(
    string Id,
    string Question,
    string Kind,
    bool Open,
    bool Hidden,
    int Respondents,
    IReadOnlyList<DisplayPollRow> Rows,
    string? Summary,
    string RespondentsText = "");
