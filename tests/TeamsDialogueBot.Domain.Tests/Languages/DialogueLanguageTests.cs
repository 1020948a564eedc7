using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Domain.Tests.Languages;

/// <summary>The dialogue's language as the chairs choose it (`language fr`), kept in its snapshot like the rest.</summary>
public sealed class DialogueLanguageTests
{
    private static readonly ConversationReference Reference = new() { ConversationId = "19:meeting@thread.v2", ServiceUrl = "https://smba.example/", BotId = "28:bot" };

    [Fact]
    public void A_new_dialogue_has_no_language_of_its_own_so_the_configured_default_applies()
    {
        Assert.Null(Dialogue.Start(Reference).Language);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("ar-SA", "ar")]
    public void Chairs_choose_one_of_the_six_and_the_change_is_versioned(string typed, string stored)
    {
        var dialogue = Dialogue.Start(Reference);

        Assert.True(dialogue.ChangeLanguage(typed));

        Assert.Equal(stored, dialogue.Language);
        Assert.Equal(2, dialogue.Version);
        Assert.False(dialogue.ChangeLanguage(stored));
        Assert.Equal(2, dialogue.Version);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx")]
    [InlineData("french")]
    [InlineData("")]
    public void Anything_else_changes_nothing(string typed)
    {
        var dialogue = Dialogue.Start(Reference);

        Assert.False(dialogue.ChangeLanguage(typed));

        Assert.Null(dialogue.Language);
        Assert.Equal(1, dialogue.Version);
    }

    [Fact]
    public void The_language_survives_the_snapshot_and_older_snapshots_read_without_one()
    {
        var dialogue = Dialogue.Start(Reference);
        dialogue.ChangeLanguage("ru");

        Assert.Equal("ru", Dialogue.Restore(dialogue.ToSnapshot()).Language);
        Assert.Null(Dialogue.Restore(new DialogueSnapshot(Reference, 0, 1)).Language);
    }
}
