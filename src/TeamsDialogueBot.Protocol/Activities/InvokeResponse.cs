namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>What an invoke answers: the HTTP status and the JSON body (UTF-8) of the same HTTP response.</summary>
/// <remarks>The body stays bytes from the writer to the socket: a voter's own view is written on every vote.</remarks>
public sealed record InvokeResponse(int Status, ReadOnlyMemory<byte>? Body)
{
    public static InvokeResponse NotImplemented { get; } = new(501, null);
}
