namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// A feature's cards for the conformance checks. Add a sealed class with a public parameterless
/// constructor anywhere in this assembly and its samples are validated with the official renderer
/// and drawn into docs/cards by tests/conformance/render-cards.sh: no other file needs touching.
/// Names must be unique across the assembly; use lower-case words joined by hyphens.
/// </summary>
public interface ICardSamples
{
    IEnumerable<CardSample> Samples { get; }
}
