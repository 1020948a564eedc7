using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>
/// A chair's refused `poll` command, in the reader's language (issue 14): every <see cref="PollErrorCode"/> has a text
/// in the resources, so none falls back to the domain's English message.
/// </summary>
public sealed class PollCommandRefusalTests
{
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");

    private static readonly PollCommandKind?[] Commands = [null, PollCommandKind.Close, PollCommandKind.Reveal, PollCommandKind.Results];

    /// <summary>Each code with and without the context its sentence may use, as the parser, the rules and the targets give it.</summary>
    public static IEnumerable<PollError> Refusals()
    {
        foreach (var code in Enum.GetValues<PollErrorCode>())
        {
            yield return new PollError(code, "English from the domain");
            yield return new PollError(code, "English from the domain")
            {
                Number = 3,
                Count = 4,
                Polls = [PollId.Next(1), PollId.Next(2)],
                Cause = new PollError(PollErrorCode.DuplicateOption, "English from the domain") { Number = 2 },
            };
        }
    }

    [Fact]
    public void Every_refusal_is_written_from_the_resources()
    {
        foreach (var error in Refusals())
        {
            foreach (var command in Commands)
            {
                var text = PollErrorTexts.Explain(error, null, Pseudo, command: command);
                Assert.True(text.StartsWith(PseudoTextSource.Open), $"{error.Code} ({command}): {text}");
                Assert.DoesNotContain("English from the domain", text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ResourceTests.OtherLanguages), MemberType = typeof(ResourceTests))]
    public void Every_refusal_has_its_own_text_in_every_language(string language)
    {
        var texts = Texts.For(language);
        foreach (var error in Refusals())
        {
            var text = PollErrorTexts.Explain(error, null, texts, command: PollCommandKind.Close);
            Assert.False(string.IsNullOrWhiteSpace(text), error.Code.ToString());
            Assert.NotEqual(PollErrorTexts.Explain(error, null, Texts.English, command: PollCommandKind.Close), text);
        }
    }

    [Theory]
    [InlineData("close p2 p3", "fr", "Indiquez au plus un sondage, par exemple `poll close p2`.")]
    [InlineData("\"Q?\" \"A\" \"a\"", "es", "La opción 2 repite una opción anterior.")]
    [InlineData("\"Q?\" \"A\" \"B\" max=3", "ru", "Значение `max=` должно быть от 1 до числа вариантов ответа (2).")]
    [InlineData("q3 multi", "zh", "`q<n>` 之后只能跟 `anonymous` 和 `hidden`；其余由议程决定。")]
    [InlineData("\"Q?\" \"A\"", "ar", "يحتاج الاستطلاع إلى ما لا يقل عن 2 من الخيارات، كل منها بين علامتي اقتباس.")]
    public void A_parsed_command_s_refusal_reads_in_the_dialogue_s_language(string arguments, string language, string expected)
    {
        var parsed = PollCommand.Parse(arguments);

        Assert.Equal(expected, PollErrorTexts.Explain(parsed.Error!, null, Texts.For(language)));
    }

    [Fact]
    public void A_transition_s_refusal_names_the_poll_and_the_command()
    {
        var closed = new PollError(PollErrorCode.AlreadyClosed, "Poll p2 is already closed.") { Polls = [PollId.Next(2)] };
        var none = PollTarget.Resolve(PollCommandKind.Reveal, null, []).Error!;

        Assert.Equal("Le sondage p2 est déjà clos.", PollErrorTexts.Explain(closed, null, Texts.For("fr")));
        Assert.Equal("Нет скрытых опросов, ожидающих раскрытия результатов.", PollErrorTexts.Explain(none, null, Texts.For("ru"), command: PollCommandKind.Reveal));
    }

    [Fact]
    public void A_caller_Teams_left_nameless_is_someone_in_the_reader_s_language()
    {
        var turn = new Turn(new Activity { Type = "message", From = new ChannelAccount { Id = "29:x" } }, new ConversationReference { ConversationId = "conv", ServiceUrl = "https://smba.example/", BotId = "28:bot" });

        Assert.Null(turn.UserName);
        Assert.StartsWith(PseudoTextSource.Open.ToString(), turn.NameIn(Pseudo), StringComparison.Ordinal);
        Assert.Equal("Quelqu’un", turn.NameIn(Texts.For("fr")));
    }
}
