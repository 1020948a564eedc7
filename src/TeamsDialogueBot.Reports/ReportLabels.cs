namespace TeamsDialogueBot.Reports;

/// <summary>
/// Every text the writers print that is not the dialogue's own data: headings, column headers, enum
/// words and sentence formats. English by default; a translation (issue 14) is a <c>with</c> expression
/// over <see cref="English"/> or a new instance, so no writer holds user-visible English of its own.
/// Formats take their arguments with <c>{0}</c>, <c>{1}</c>… and are filled with the dialogue's culture.
/// </summary>
public sealed record ReportLabels
{
    public static ReportLabels English { get; } = new();

    // The document
    public string DocumentKind { get; init; } = "Chair's summary (draft)";
    public string Date { get; init; } = "Date";
    public string Venue { get; init; } = "Venue";
    public string Scope { get; init; } = "Scope";
    public string ScopeSession { get; init; } = "Whole session";

    /// <summary>{0} = the item's number.</summary>
    public string ScopeItemFormat { get; init; } = "Item {0}";
    public string GeneratedAt { get; init; } = "Generated";

    /// <summary>{0} = a field's name, {1} = its value ("Date: 15 July 2024"); French puts a space before the colon.</summary>
    public string FieldFormat { get; init; } = "{0}: {1}";

    /// <summary>{0} = the time, {1} = the time zone label ("CEST").</summary>
    public string TimeWithZoneFormat { get; init; } = "{0} {1}";
    public string Transcript { get; init; } = "Transcript";
    public string TranscriptAvailable { get; init; } = "Excerpts are given with the interventions.";
    public string None { get; init; } = "None.";
    public string Yes { get; init; } = "Yes";
    public string No { get; init; } = "No";
    public string Anonymous { get; init; } = "Anonymous";

    // What the bot writes into the report's data when it builds the model (Bot/Reports), translated with the rest
    /// <summary>The actor of a chair action whose name the bot does not know (given by Teams nowhere it kept).</summary>
    public string UnnamedChair { get; init; } = "A co-chair";

    /// <summary>{0} = the poll's id ("p3"), {1} = its question: the detail of a poll's launch, close and reveal.</summary>
    public string PollActionFormat { get; init; } = "{0}: {1}";

    /// <summary>{0} = a panel member's name, {1} = their organisation.</summary>
    public string PersonWithOrganisationFormat { get; init; } = "{0} ({1})";

    /// <summary>Why there are no transcript excerpts while nothing reads the meeting's transcript (issue 13 will).</summary>
    public string TranscriptNotRead { get; init; } = "No transcript excerpts: the meeting's transcript was not read for this report — ask for the report again.";

    // The programme
    public string Programme { get; init; } = "Programme";

    /// <summary>{0} = the panel's number, {1} = its title.</summary>
    public string PanelFormat { get; init; } = "Panel {0}: {1}";
    public string Moderator { get; init; } = "Moderator";
    public string Panellists { get; init; } = "Panellists";
    public string GuidingQuestions { get; init; } = "Guiding questions";

    /// <summary>{0} = the guiding question's number; how chairs name it (<c>poll q3</c>).</summary>
    public string GuidingQuestionFormat { get; init; } = "q{0}";

    // Sections of an item or part
    public string SessionFigures { get; init; } = "Equal footing over the whole session";
    public string Interventions { get; init; } = "Interventions";
    public string TranscriptExcerpts { get; init; } = "Transcript excerpts";
    public string EqualFooting { get; init; } = "Equal footing";
    public string Polls { get; init; } = "Poll results";
    public string Questions { get; init; } = "Questions to the panel";
    public string Inputs { get; init; } = "Inputs on related activities";
    public string ChairActions { get; init; } = "Chair actions";
    public string NoGuidingQuestion { get; init; } = "Not related to a guiding question";

    // Columns shared by several tables
    public string Item { get; init; } = "Item";
    public string Part { get; init; } = "Part";
    public string Turn { get; init; } = "#";
    public string Speaker { get; init; } = "Speaker";
    public string Organisation { get; init; } = "Organisation";
    public string StakeholderGroup { get; init; } = "Stakeholder group";
    public string Channel { get; init; } = "Channel";
    public string FromPhone { get; init; } = "From a phone";
    public string RequestedAt { get; init; } = "Requested";
    public string StartedAt { get; init; } = "Floor from";
    public string EndedAt { get; init; } = "Floor until";
    public string Floor { get; init; } = "Floor";
    public string SpeakingTime { get; init; } = "Speaking time";
    public string WaitingTime { get; init; } = "Waiting time";
    public string Topic { get; init; } = "Topic";
    public string GuidingQuestion { get; init; } = "Guiding question";
    public string TranscriptExcerpt { get; init; } = "Transcript excerpt";

    /// <summary>{0} = a column header; CSV durations are whole seconds so spreadsheets can add them up.</summary>
    public string SecondsFormat { get; init; } = "{0} (s)";

    /// <summary>{0} = a column header; CSV shares are numbers from 0 to 100.</summary>
    public string PercentColumnFormat { get; init; } = "{0} (%)";

    // Channels
    public string Room { get; init; } = "Room";
    public string Remote { get; init; } = "Remote";

    /// <summary>{0} = the channel ("Room"): a room request made from a phone.</summary>
    public string FromPhoneFormat { get; init; } = "{0} (phone)";

    // Equal footing
    public string ByChannel { get; init; } = "By channel";
    public string ByGroup { get; init; } = "By stakeholder group";
    public string Breakdown { get; init; } = "Breakdown";
    public string Key { get; init; } = "Channel or group";
    public string Requests { get; init; } = "Requests";
    public string InterventionCount { get; init; } = "Interventions";
    public string ShareOfSpeaking { get; init; } = "Share of speaking time";
    public string AverageWait { get; init; } = "Average wait";
    public string FirstTimeSpeakers { get; init; } = "First-time speakers";
    public string Total { get; init; } = "Total";
    public string OnlineAttendees { get; init; } = "Online attendees";
    public string OnlineAttendeesWhoSpoke { get; init; } = "Online attendees who took the floor";
    public string PhoneRequests { get; init; } = "Requests from phones";

    /// <summary>{0} = online attendees, {1} = those who took the floor, {2} = their share as a percentage.</summary>
    public string OnlineAttendanceFormat { get; init; } = "Online: {0} attendees, {1} of whom took the floor ({2}).";

    /// <summary>{0} = how many room requests came from phones.</summary>
    public string PhoneRequestsFormat { get; init; } = "Requests from phones in the room: {0}.";

    // Polls
    public string Poll { get; init; } = "Poll";
    public string Question { get; init; } = "Question";
    public string Kind { get; init; } = "Kind";
    public string State { get; init; } = "State";
    public string Voters { get; init; } = "Voters";
    public string SingleChoice { get; init; } = "Single choice";
    public string MultipleChoice { get; init; } = "Multiple choice";
    public string Rating { get; init; } = "Rating";
    public string OpenText { get; init; } = "Open text";
    public string Ranking { get; init; } = "Ranking";
    public string PollOpen { get; init; } = "Open";
    public string PollClosed { get; init; } = "Closed";

    /// <summary>{0} = kind, {1} = state, {2} = voters; {3} = the anonymity note or empty.</summary>
    public string PollSummaryFormat { get; init; } = "{0} · {1} · {2} voters{3}";
    public string AnonymousPollNote { get; init; } = " · anonymous";
    public string Answer { get; init; } = "Answer";
    public string Option { get; init; } = "Option";
    public string Votes { get; init; } = "Votes";
    public string Percent { get; init; } = "%";
    public string ShareOfVoters { get; init; } = "Share of voters";
    public string Value { get; init; } = "Value";
    public string Average { get; init; } = "Average";

    /// <summary>{0} = the average rating, {1} = the scale's minimum, {2} = its maximum.</summary>
    public string RatingAverageFormat { get; init; } = "Average {0} on a scale of {1} to {2}.";
    public string Place { get; init; } = "Place";
    public string Points { get; init; } = "Points";
    public string FirstPlaces { get; init; } = "First places";
    public string Count { get; init; } = "Count";

    // Questions
    public string AskedBy { get; init; } = "Asked by";
    public string AddressedTo { get; init; } = "Addressed to";
    public string Answered { get; init; } = "Answered";
    public string AskedAt { get; init; } = "Asked";

    // Inputs
    public string Title { get; init; } = "Title";
    public string Description { get; init; } = "Description";
    public string Link { get; init; } = "Link";
    public string SubmittedBy { get; init; } = "Submitted by";
    public string SubmittedAt { get; init; } = "Submitted";

    // Chair actions
    public string Time { get; init; } = "Time";
    public string Chair { get; init; } = "Chair";
    public string Action { get; init; } = "Action";
    public string Detail { get; init; } = "Detail";
}
