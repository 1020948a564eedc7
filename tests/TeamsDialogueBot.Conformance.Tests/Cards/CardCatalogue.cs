using System.Text.Json.Nodes;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>Every <see cref="ICardSamples"/> in this assembly, found by reflection.</summary>
internal static class CardCatalogue
{
    public static IReadOnlyList<CardSample> All { get; } = Discover();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var sample in All)
        {
            data.Add(sample.Name);
        }

        return data;
    }

    public static CardSample Named(string name) => All.Single(s => s.Name == name);

    /// <summary>The card exactly as the bot puts it on the wire.</summary>
    public static JsonNode ToWire(AdaptiveCard card) => JsonNode.Parse(CardJson.ToJson(card))!;

    private static List<CardSample> Discover() =>
        typeof(CardCatalogue).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICardSamples).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((ICardSamples)Activator.CreateInstance(t)!).Samples)
            .ToList();
}
