namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>The outcome of a submission or a change, with the content's problems when it is <see cref="InputOutcome.Invalid"/>.</summary>
public sealed record InputChange(InputOutcome Outcome, IReadOnlyList<InputProblem> Problems)
{
    public static InputChange Of(InputOutcome outcome) => new(outcome, []);

    public bool Succeeded => Outcome is InputOutcome.Done or InputOutcome.Unchanged;
}
