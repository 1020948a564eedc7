using System.Text.Json;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>What an invoke answers: the HTTP status and JSON body of the same HTTP response.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body)
{
    public static InvokeResponse NotImplemented { get; } = new(501, null);
}
