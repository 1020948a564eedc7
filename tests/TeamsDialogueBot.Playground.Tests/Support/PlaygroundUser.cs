using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>One of the Playground's mock users (Alex Wilber is the one at the keyboard).</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId)
{
    public static PlaygroundUser Parse(JsonNode user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user["id"]!.GetValue<string>(), user["name"]!.GetValue<string>(), user["aadObjectId"]!.GetValue<string>());
    }
}
