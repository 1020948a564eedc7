namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>The harness's verdict on one card.</summary>
public sealed record CardReport(string Name, int Bytes, IReadOnlyList<CardProblem> Problems)
{
    public string Describe() =>
        Problems.Count == 0
            ? $"{Name}: clean ({Bytes} bytes)"
            : $"{Name} ({Bytes} bytes):\n" + string.Join('\n', Problems.Select(p => $"  {p.Code}: {p.Message}"));
}
