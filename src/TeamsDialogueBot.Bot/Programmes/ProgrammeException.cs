namespace TeamsDialogueBot.Bot.Programmes;

/// <summary>
/// A programme file that can't be loaded. The message names the file, the line and column
/// (1-based) and the problem, so whoever edits the YAML can fix it without reading code.
/// </summary>
public sealed class ProgrammeException : Exception
{
    public ProgrammeException()
    {
    }

    public ProgrammeException(string message)
        : base(message)
    {
    }

    public ProgrammeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProgrammeException(string sourceName, int line, int column, string problem, Exception? innerException = null)
        : base($"{sourceName}: line {line}, column {column}: {problem}", innerException)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string? SourceName { get; }
    public int? Line { get; }
    public int? Column { get; }

    /// <summary>The problem alone, without the position.</summary>
    public string? Problem { get; }
}
