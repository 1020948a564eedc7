namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>The Action.Execute verbs of the input cards, and the keys of their data and fields.</summary>
public static class InputVerbs
{
    /// <summary>Shows the blank form (read only): the agenda card's "Share an input" and the saved view's "Share another".</summary>
    public const string Form = "input.form";

    /// <summary>Saves a new input, or an edit when the data names one.</summary>
    public const string Submit = "input.submit";

    /// <summary>Shows the form filled with one of the presser's inputs (read only).</summary>
    public const string Edit = "input.edit";

    public const string Withdraw = "input.withdraw";

    /// <summary>A co-chair shows a hidden input again (the private list of `inputs hidden`).</summary>
    public const string Show = "input.show";

    /// <summary>The data key naming the input a card is about.</summary>
    public const string InputKey = "input";

    // The form's fields, keyed by Input id: the data keys above and InputFormLinks' must differ from these.
    public const string OrganisationField = "org";
    public const string TitleField = "title";
    public const string DescriptionField = "description";
    public const string LinkField = "link";
    public const string ItemField = "item";
    public const string QuestionField = "question";
    public const string AttributionField = "attribution";

    /// <summary>The guiding question choice meaning "none".</summary>
    public const string NoQuestion = "none";
}
