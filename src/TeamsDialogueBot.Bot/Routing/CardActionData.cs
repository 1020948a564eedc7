using System.Text.Json;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>Reads the verb and data of a card action from either wire shape.</summary>
public static class CardActionData
{
    /// <summary>Action.Execute: value = { action: { verb, data }, trigger }.</summary>
    public static (string? Verb, IReadOnlyDictionary<string, string?> Data) FromInvokeValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return (null, Empty);
        }

        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var data = action.TryGetProperty("data", out var d) ? Flatten(d) : Empty;
        return (verb, data);
    }

    /// <summary>Action.Submit: value = the action's data merged with the inputs; our cards put the verb in "verb".</summary>
    public static (string? Verb, IReadOnlyDictionary<string, string?> Data) FromSubmitValue(JsonElement? value)
    {
        var data = value is { } v ? Flatten(v) : Empty;
        return (data.GetValueOrDefault("verb"), data);
    }

    private static readonly IReadOnlyDictionary<string, string?> Empty = new Dictionary<string, string?>();

    private static Dictionary<string, string?> Flatten(JsonElement element)
    {
        var data = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return data;
        }

        foreach (var property in element.EnumerateObject())
        {
            data[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                // Numbers, booleans and nested values keep their JSON text: handlers validate types themselves.
                _ => property.Value.GetRawText(),
            };
        }

        return data;
    }
}
