namespace TeamsDialogueBot.Storage.Tests;

public sealed class StoredAnswerJsonTests
{
    // Tallies GROUP BY the stored text, so answers written by the source-generated writer must be byte for byte what
    // the reflection-based StorageJson wrote before, or old and new rows of the same answer would count apart.
    [Theory]
    [InlineData(new[] { "a" }, null, null)]
    [InlineData(new[] { "b", "a", "c" }, null, null)]
    [InlineData(new string[0], 4, null)]
    [InlineData(new string[0], null, "Élan, 日本語 & <script>\"quotes\"</script> \u2028")]
    [InlineData(null, null, null)]
    public void Writes_the_same_text_as_the_storage_serializer(string[]? choices, int? rating, string? text)
    {
        var expected = StorageJson.Write(new StoredAnswer(choices, rating, text));

        Assert.Equal(expected, StoredAnswerJson.Write(choices, rating, text));
    }

    [Fact]
    public void Reads_back_what_it_wrote()
    {
        var read = StoredAnswerJson.Read(StoredAnswerJson.Write(["x", "y"], 3, "why"));

        Assert.Equal(["x", "y"], read.Choices);
        Assert.Equal(3, read.Rating);
        Assert.Equal("why", read.Text);
    }
}
