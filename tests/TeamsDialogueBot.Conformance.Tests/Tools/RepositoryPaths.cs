using System.Reflection;

namespace TeamsDialogueBot.Conformance.Tests.Tools;

/// <summary>Where the files under test live: the build records the repository root and the Bicep package folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string ConformanceTools => Path.Combine(Root, "tests", "conformance");

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string Infra => Path.Combine(Root, "infra");

    public static string CardPictures => Path.Combine(Root, "docs", "cards");

    public static string BicepCli => Path.Combine(Metadata("BicepPackageFolder"), "tools", "bicep");

    private static string Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no [AssemblyMetadata(\"{key}\")]: see the .csproj.");
}
