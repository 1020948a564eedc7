using System.Text.Json.Nodes;

namespace TeamsDialogueBot.TestSupport;

/// <summary>
/// One request the fake Connector received. <see cref="Path"/> is decoded, <see cref="RawTarget"/> is exactly
/// what went over the wire (to check percent-encoding). <see cref="ConversationId"/>, <see cref="ActivityId"/>
/// and <see cref="Route"/> are filled when the path matched a Connector route.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string RawTarget,
    string Query,
    string? Authorization,
    JsonNode? Body,
    DateTimeOffset At,
    int Status,
    string Route,
    string? ConversationId,
    string? ActivityId);
