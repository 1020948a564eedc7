using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// Turns stored inputs and open-text poll answers into the <see cref="InputEntry"/> rows cards and the report show:
/// only visible inputs, attribution resolved as each author chose, in guiding-question order (programme order, inputs
/// on no question last), oldest first within a question. A pure function.
/// </summary>
public static class InputEntries
{
    /// <param name="polls">Open-text polls with their grouped answers; others, and hidden polls not yet revealed, are skipped.</param>
    public static IReadOnlyList<InputEntry> From(
        IEnumerable<Input> inputs, IEnumerable<(Poll Poll, IReadOnlyList<AnswerGroup> Answers)> polls, InputFilter filter)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(polls);
        ArgumentNullException.ThrowIfNull(filter);
        var entries = inputs.Where(i => i.IsVisible).Select(Of).ToList();
        foreach (var (poll, answers) in polls.Where(p => p.Poll.Kind == PollKind.OpenText && p.Poll.ShowsResults))
        {
            entries.AddRange(answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).Select(a => new InputEntry
            {
                Id = poll.Id.Value,
                Source = InputSource.PollAnswer,
                ItemIndex = poll.AgendaItemIndex,
                GuidingQuestion = poll.GuidingQuestionNumber,
                Title = poll.Question,
                Description = a.Text!.Trim(),
                SubmittedAt = a.FirstAnsweredAt,
                Count = a.Count,
            }));
        }

        // The turns of one batch share its instant: ids break the tie in the order they were given ("i9" before "i10",
        // which text order would put first), shorter ids being the earlier ones.
        return [.. entries
            .Where(filter.Includes)
            .OrderBy(e => e.GuidingQuestion ?? int.MaxValue)
            .ThenBy(e => e.SubmittedAt)
            .ThenBy(e => e.Id.Length)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public static InputEntry Of(Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var content = input.Content;
        var organisation = content.Attribution == InputAttribution.Anonymous ? null : content.Organisation;
        var name = content.Attribution == InputAttribution.Named ? input.Author.Name : null;
        return new InputEntry
        {
            Id = input.Id.Value,
            Source = InputSource.Form,
            ItemIndex = content.ItemIndex,
            Panel = content.Panel,
            GuidingQuestion = content.GuidingQuestion,
            Title = content.Title,
            Description = content.Description,
            Link = content.Link,
            Organisation = organisation,
            AuthorName = name,
            Attribution = string.Join(", ", new[] { name, organisation }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } shown ? shown : null,
            SubmittedAt = input.SubmittedAt,
            EditedAt = input.EditedAt,
        };
    }

    /// <summary>The guiding question's text, for group headings.</summary>
    public static string? QuestionText(Programme programme, int? number)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return number is { } n ? programme.FindGuidingQuestion(n)?.Text : null;
    }
}
