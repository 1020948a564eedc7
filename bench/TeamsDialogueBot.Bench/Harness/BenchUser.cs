using System.Globalization;

namespace TeamsDialogueBot.Bench.Harness;

/// <summary>A Teams user of the load: AAD object id and display name.</summary>
public sealed record BenchUser(string AadObjectId, string Name)
{
    /// <summary>The n-th synthetic user; ids are stable per run seed so runs are comparable.</summary>
    public static BenchUser Numbered(int run, int n) => new(
        string.Create(CultureInfo.InvariantCulture, $"{run:x8}-0000-4000-8000-{n:x12}"),
        string.Create(CultureInfo.InvariantCulture, $"Participant {n}"));
}
