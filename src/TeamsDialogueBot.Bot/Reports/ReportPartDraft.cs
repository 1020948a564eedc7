using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// One part of a report being built: an item's own floor (<see cref="Panel"/> null) or one of its panels. The builder
/// fills the interventions, figures, polls and chair actions; contributors add questions and inputs, or replace an
/// intervention or the figures with a <c>with</c> copy (a transcript excerpt, a phone flag, online attendance).
/// Times are in the programme's time zone already: convert new ones with <see cref="ReportDraft.Local"/>.
/// </summary>
public sealed class ReportPartDraft
{
    internal ReportPartDraft(int itemIndex, int? panel)
    {
        ItemIndex = itemIndex;
        Panel = panel;
    }

    /// <summary>0-based index of the item in the programme.</summary>
    public int ItemIndex { get; }

    /// <summary>The panel's 1-based number inside its item; null for the item's own floor.</summary>
    public int? Panel { get; }

    /// <summary>The speakers' list the part was built from; null when it had none.</summary>
    public SpeakersList? List { get; internal set; }

    /// <summary>In the order the floor was given; <see cref="ReportIntervention.Turn"/> is the 1-based position.</summary>
    public IList<ReportIntervention> Interventions { get; } = [];

    /// <summary>Null when the part had no speakers' list.</summary>
    public EqualFootingFigures? Figures { get; set; }

    public IList<ReportPoll> Polls { get; } = [];

    /// <summary>Written questions to the panel, as the Q&amp;A card orders them; hidden ones left out.</summary>
    public IList<ReportQuestion> Questions { get; } = [];

    /// <summary>Inputs on related activities; hidden and withdrawn ones left out.</summary>
    public IList<ReportInput> Inputs { get; } = [];

    /// <summary>In any order: the model gets them oldest first.</summary>
    public IList<ReportChairAction> ChairActions { get; } = [];

    internal ReportPart ToPart(string? panelTitle) => new()
    {
        Panel = Panel,
        Title = panelTitle,
        Interventions = [.. Interventions],
        Figures = Figures,
        Polls = [.. Polls],
        Questions = [.. Questions],
        Inputs = [.. Inputs],
        ChairActions = [.. ChairActions.OrderBy(a => a.At)],
    };
}
