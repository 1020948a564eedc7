using System.Buffers.Binary;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Conformance.Tests.Tools;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// Draws every catalogue card in headless Chromium with the official renderer. With UPDATE_CARD_PICTURES=1
/// (tests/conformance/render-cards.sh) the pictures go to docs/cards; otherwise to a temporary folder, so the
/// test proves the pipeline without touching the work tree.
/// </summary>
public sealed class CardPictureTests
{
    [SkippableFact]
    public async Task Every_catalogue_card_renders_to_a_picture_in_headless_Chromium()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        var missing = $"Card pictures need Chromium at {chromium} (Debian: apt-get install chromium; .ci/run installs it).";
        // On a developer's machine without Chromium this is a visible skip, so `dotnet test` works right after
        // installing the .NET SDK; under CI=true a missing Chromium fails the run.
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(chromium) || !underCi, missing);
        Skip.IfNot(File.Exists(chromium), missing);
        var update = Environment.GetEnvironmentVariable("UPDATE_CARD_PICTURES") == "1";
        var output = update ? RepositoryPaths.CardPictures : Directory.CreateTempSubdirectory("card-pictures-").FullName;
        var input = Path.Combine(Directory.CreateTempSubdirectory("card-samples-").FullName, "cards.json");
        var cards = new JsonArray(CardCatalogue.All.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["card"] = CardCatalogue.ToWire(s.Card) }).ToArray());
        await File.WriteAllTextAsync(input, cards.ToJsonString());

        await NodeTools.RunScriptAsync("render-cards.js", input, output);

        Assert.All(CardCatalogue.All, sample =>
        {
            var (width, height) = PngSize(Path.Combine(output, sample.Name + ".png"));
            Assert.InRange(width, 300, 2000);
            Assert.InRange(height, 60, 20000);
        });
    }

    private static (int Width, int Height) PngSize(string file)
    {
        Assert.True(File.Exists(file), $"{file} was not drawn");
        var header = File.ReadAllBytes(file).AsSpan(0, 24);
        Assert.True(header[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), $"{file} is not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(header[16..20]), BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }
}
