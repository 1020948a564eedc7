namespace TeamsDialogueBot.Protocol.Graph;

/// <summary>Microsoft Graph refused or failed a transcript call with <see cref="Status"/> (after its own retries); 0 when no HTTP answer came.</summary>
public sealed class TranscriptAccessException : Exception
{
    public TranscriptAccessException()
    {
    }

    public TranscriptAccessException(string message)
        : base(message)
    {
    }

    public TranscriptAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TranscriptAccessException(int status, string message, Exception? innerException)
        : base(message, innerException)
    {
        Status = status;
    }

    public int Status { get; }
}
