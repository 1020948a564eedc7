namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>What sends a closed-loop load phase (see <see cref="BenchSettings.LoadGenerator"/>).</summary>
public enum LoadGeneratorKind
{
    Bench,
    Node,
}
