using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>One state-changing activity of a burst: a vote or a request for the floor by <paramref name="User"/>, sent to <paramref name="Target"/>.</summary>
public sealed record BurstRequest(ChatUser User, bool IsVote, JsonObject Activity, Uri Target);
