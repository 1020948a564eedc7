using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Queue;

public sealed class QueueArgumentsTests
{
    [Fact]
    public void Bare_request_has_nothing()
    {
        Assert.Equal(FloorRequest.None, QueueArguments.ParseRequest("  "));
    }

    [Fact]
    public void Participant_topic_after_to_say_is_kept_verbatim()
    {
        var request = QueueArguments.ParseRequest("to say we need [more](data) *now*");

        Assert.Null(request.Name);
        Assert.Equal("we need [more](data) *now*", request.Topic);
    }

    [Fact]
    public void Chair_adds_a_named_person_with_channel_organisation_and_group()
    {
        var request = QueueArguments.ParseRequest("Ana Maria Silva remote org Transparency International group private-sector Q3 to say on review");

        Assert.Equal("Ana Maria Silva", request.Name);
        Assert.Equal(SpeakerChannel.Remote, request.Channel);
        Assert.Equal("Transparency International", request.Organisation);
        Assert.Equal("private-sector", request.Group);
        Assert.Equal(3, request.GuidingQuestion);
        Assert.Equal("on review", request.Topic);
    }

    [Fact]
    public void Keywords_are_case_insensitive_and_in_any_order()
    {
        var request = QueueArguments.ParseRequest("Li Wei GROUP NGO ROOM ORG UNODC");

        Assert.Equal("Li Wei", request.Name);
        Assert.Equal(SpeakerChannel.Room, request.Channel);
        Assert.Equal("UNODC", request.Organisation);
        Assert.Equal("NGO", request.Group);
        Assert.Null(request.Topic);
    }

    [Fact]
    public void Quoted_names_and_organisations_may_hold_keywords()
    {
        var request = QueueArguments.ParseRequest("\"To Huu\" room org “Room to Read” group \"Youth Online\" Q2 to say \"quoted\" words, as typed");

        Assert.Equal("To Huu", request.Name);
        Assert.Equal(SpeakerChannel.Room, request.Channel);
        Assert.Equal("Room to Read", request.Organisation);
        Assert.Equal("Youth Online", request.Group);
        Assert.Equal(2, request.GuidingQuestion);
        Assert.Equal("\"quoted\" words, as typed", request.Topic);
    }

    [Theory]
    [InlineData("Ana \"Q3\"", "Ana Q3", null)] // a quoted Q3 is part of the name, not a guiding question
    [InlineData("\"Ana   Silva\" \"\"", "Ana Silva", null)] // spaces collapsed; an empty quote is nothing
    [InlineData("\"Room to Read remote", "Room to Read remote", null)] // no closing quote: it runs to the end
    [InlineData("Ana \"to\" Q4", "Ana to", 4)]
    public void A_quote_is_one_part_taken_as_written(string arguments, string name, int? question)
    {
        var request = QueueArguments.ParseRequest(arguments);

        Assert.Equal((name, question), (request.Name, request.GuidingQuestion));
        Assert.Null(request.Topic);
        Assert.Null(request.Channel);
    }

    [Fact]
    public void Name_alone_has_no_channel_so_the_caller_chooses_the_default()
    {
        var request = QueueArguments.ParseRequest("Ana");

        Assert.Equal("Ana", request.Name);
        Assert.Null(request.Channel);
    }

    [Theory]
    [InlineData("5 2", "5", 2)]
    [InlineData("Ana Silva 1", "Ana Silva", 1)]
    public void Move_reads_target_and_position(string arguments, string target, int position)
    {
        Assert.True(QueueArguments.TryParseMove(arguments, out var t, out var p));
        Assert.Equal(target, t);
        Assert.Equal(position, p);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("Ana first")]
    public void Move_without_a_numeric_position_is_rejected(string arguments)
    {
        Assert.False(QueueArguments.TryParseMove(arguments, out _, out _));
    }

    [Fact]
    public void Target_is_null_when_absent_and_collapses_spaces()
    {
        Assert.Null(QueueArguments.Target(" "));
        Assert.Equal("Ana Silva", QueueArguments.Target(" Ana   Silva "));
    }
}
