using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Reports.Model;
using static TeamsDialogueBot.Bot.Tests.Reports.ReportKit;

namespace TeamsDialogueBot.Bot.Tests.Reports;

public sealed class ReportBuilderTests
{
    private readonly ReportKit _kit = new();

    [Fact]
    public async Task Interventions_come_in_floor_order_in_the_venues_time_and_a_running_one_counts_to_now()
    {
        var list = _kit.List(0);
        list.Request(Ben, "on the review", 3, Start.AddMinutes(1));
        list.Request(Ana, null, null, Start.AddMinutes(2), Chair);
        Assert.True(list.Ack(Chair, Start.AddMinutes(4), "2").Succeeded);
        Assert.True(list.Ack(Chair, Start.AddMinutes(7)).Succeeded);

        var model = await _kit.BuildAsync(ReportCoverage.Item(0), Start.AddMinutes(9));

        var part = Assert.Single(Assert.Single(model.Items).Parts);
        Assert.Null(part.Panel);
        Assert.Equal([(1, "Ana Lima", ReportChannel.Room), (2, "Ben Okafor", ReportChannel.Remote)], part.Interventions.Select(i => (i.Turn, i.Speaker, i.Channel)));
        var ana = part.Interventions[0];
        Assert.Equal(new DateTimeOffset(2024, 7, 15, 10, 4, 0, TimeSpan.FromHours(2)), ana.StartedAt);
        Assert.Equal(TimeSpan.FromHours(2), ana.RequestedAt.Offset);
        Assert.Equal((TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(2)), (ana.SpeakingTime, ana.WaitingTime));
        var ben = part.Interventions[1];
        Assert.Null(ben.EndedAt);
        Assert.Equal((TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(6)), (ben.SpeakingTime, ben.WaitingTime));
        Assert.Equal(("Civil Society Forum", "academia", "on the review", 3), (ben.Organisation, ben.StakeholderGroup, ben.Topic, ben.GuidingQuestion));
        Assert.Equal(new DateTimeOffset(2024, 7, 15, 10, 9, 0, TimeSpan.FromHours(2)), model.GeneratedAt);

        // Chair actions: the chair's q+ and two acks; the list opening by the bot itself is no chair's action.
        Assert.Equal(["q+", "ack", "ack"], part.ChairActions.Select(a => a.Action));
        Assert.All(part.ChairActions, a => Assert.Equal("Co-Chair One", a.Actor));
    }

    [Fact]
    public async Task Requests_from_phones_count_in_the_room_channel_and_are_marked_and_counted_apart()
    {
        var phone = new Speaker(ParticipantId.ForPhone("browser-1"), "Dana Phone", "UNDP", "NGO", SpeakerChannel.Room);
        var list = _kit.List(0);
        list.Request(phone, null, null, Start.AddMinutes(1));
        list.Request(Ana, null, null, Start.AddMinutes(2), Chair);
        list.Request(Ben, null, null, Start.AddMinutes(3));
        list.Ack(Chair, Start.AddMinutes(4));
        list.Ack(Chair, Start.AddMinutes(6));

        var model = await _kit.BuildAsync(ReportCoverage.Session, Start.AddMinutes(9));

        var part = model.Items[0].Parts[0];
        Assert.Equal([("Dana Phone", true), ("Ana Lima", false)], part.Interventions.Select(i => (i.Speaker, i.FromPhone)));
        Assert.Equal((2, 1), (part.Figures!.Room.Requests, part.Figures.PhoneRequests));
        Assert.Equal(1, model.SessionFigures!.PhoneRequests);
    }

    [Fact]
    public async Task The_session_so_far_reaches_the_furthest_item_with_an_input_or_a_question_not_only_a_list_or_a_poll()
    {
        _kit.List(0).Request(Ana, null, null, Start.AddMinutes(1));
        var draft = new Domain.Inputs.InputDraft { Title = "Training", Description = "On the Protocol.", ItemIndex = 3, Attribution = Domain.Inputs.InputAttribution.Anonymous };
        Domain.Inputs.Input.Submit(Domain.Inputs.InputId.Next(1), new Domain.Inputs.InputAuthor("aad-ana", null, "Ana Lima"), draft, ReportKit.Programme, _ => true, Start, out var input);
        _kit.Inputs.Add(input!);
        var board = Domain.QandA.QuestionBoard.Create(ConversationId, new AgendaPosition(4, 0));
        Assert.True(board.Open(Chair, Start).Succeeded);
        Assert.True(board.Ask(new Domain.QandA.QuestionDraft("Closing remarks?", new Domain.QandA.QuestionVoter("k"), "Ben", null, false, null), Start).Succeeded);

        var withInput = await _kit.BuildAsync(ReportCoverage.Session, Start.AddMinutes(9));
        _kit.QuestionBoards.Add(board);
        var withQuestion = await _kit.BuildAsync(ReportCoverage.Session, Start.AddMinutes(9));

        Assert.Equal(["I", "II", "III", "IV"], withInput.Items.Select(i => i.Number));
        Assert.Equal(5, withQuestion.Items.Count);
    }

    [Fact]
    public async Task The_time_zone_label_is_the_programmes_on_its_day_and_the_offset_on_a_day_with_another()
    {
        var summer = await _kit.BuildAsync(ReportCoverage.Session, Start.AddMinutes(9));
        var winter = await _kit.BuildAsync(ReportCoverage.Session, new DateTimeOffset(2024, 12, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(("CEST", TimeSpan.FromHours(2)), (summer.TimeZoneLabel, summer.GeneratedAt.Offset));
        Assert.Equal(("UTC+01:00", TimeSpan.FromHours(1)), (winter.TimeZoneLabel, winter.GeneratedAt.Offset));
    }

    [Fact]
    public async Task First_time_speakers_count_across_items_and_the_session_figures_add_up_the_parts()
    {
        var opening = _kit.List(0);
        opening.Request(Ana, null, null, Start.AddMinutes(1));
        opening.Request(Ben, null, null, Start.AddMinutes(2));
        opening.Ack(Chair, Start.AddMinutes(3));
        opening.Ack(Chair, Start.AddMinutes(5));
        opening.Ack(Chair, Start.AddMinutes(9));
        var briefing = _kit.List(1);
        briefing.Request(Ana, null, null, Start.AddMinutes(10));
        briefing.Request(Cai, null, null, Start.AddMinutes(11));
        briefing.Request(Ben, null, null, Start.AddMinutes(12));
        briefing.Ack(Chair, Start.AddMinutes(13));
        briefing.Ack(Chair, Start.AddMinutes(14));
        briefing.Skip(Chair, Start.AddMinutes(15));
        briefing.Ack(Chair, Start.AddMinutes(20));
        _kit.CurrentItem = 1;

        var model = await _kit.BuildAsync(ReportCoverage.Session, Start.AddMinutes(30));

        Assert.Equal(["I", "II"], model.Items.Select(i => i.Number));
        var first = model.Items[0].Parts[0].Figures!;
        var second = model.Items[1].Parts[0].Figures!;
        Assert.Equal((2, 2), (first.FirstTimeSpeakers.Requests, first.FirstTimeSpeakers.Interventions));

        // Ana and Ben had spoken on item I: only Cai is new on item II; Ben, skipped, still counts as a request.
        Assert.Equal((1, 1), (second.FirstTimeSpeakers.Requests, second.FirstTimeSpeakers.Interventions));
        Assert.Equal((3, 2), (second.Total.Requests, second.Total.Interventions));
        var session = model.SessionFigures!;
        Assert.Equal(new FigureRow(5, 4, TimeSpan.FromMinutes(2 + 4 + 1 + 6), TimeSpan.FromSeconds((120 + 180 + 180 + 180) / 4.0)), session.Total);
        Assert.Equal((2, 2), (session.Room.Interventions, session.Remote.Interventions));
        Assert.Equal(TimeSpan.FromMinutes(2 + 1), session.Room.SpeakingTime);
        Assert.Equal(3, session.FirstTimeSpeakers.Interventions);
        Assert.Equal(["NGO", "academia", "private sector"], session.ByGroup.Select(g => g.Group));
        Assert.Equal(2, session.ByGroup.Single(g => g.Group == "NGO").Figures.Interventions);
    }

    [Fact]
    public async Task Polls_are_tallied_from_grouped_answers_and_their_chair_actions_never_print_a_key()
    {
        var named = Poll.AdHoc(PollId.Next(1), new PollSpec("Which format?", PollKind.SingleChoice, ["Hybrid", "Online"]) { Anonymous = true }, 0, Chair.Id, Start).Value!;
        named.Close(Start.AddMinutes(5), "aad-of-a-chair-with-a-profile");
        var hidden = Poll.AdHoc(PollId.Next(2), new PollSpec("Which venue?", PollKind.SingleChoice, ["Vienna", "New York"]) { Hidden = true }, 0, "aad-of-nobody-known", Start.AddMinutes(6)).Value!;
        _kit.Polls.AddRange([named, hidden]);
        _kit.Answers[named.Id] = [new AnswerGroup(["a"], null, null, 3, Start), new AnswerGroup(["b"], null, null, 1, Start)];
        _kit.Answers[hidden.Id] = [new AnswerGroup(["a"], null, null, 2, Start)];
        _kit.Profiles[new ParticipantId("aad-of-a-chair-with-a-profile")] = new Speaker(new ParticipantId("aad-of-a-chair-with-a-profile"), "Co-Chair Two", null, "other", SpeakerChannel.Remote);

        var model = await _kit.BuildAsync(ReportCoverage.Session, Start.AddMinutes(10));

        var part = Assert.Single(Assert.Single(model.Items).Parts);
        var format = part.Polls[0];
        Assert.True(format.Anonymous);
        Assert.Equal((4, ReportPollState.Closed), (format.Voters, format.State));
        Assert.Equal([("Hybrid", 3, 75.0), ("Online", 1, 25.0)], format.Options.Select(o => (o.Label, o.Votes, o.Percent)));

        // A hidden poll not yet revealed: how many answered, nothing of what.
        var venue = part.Polls[1];
        Assert.Equal((2, ReportPollState.Open), (venue.Voters, venue.State));
        Assert.Empty(venue.Options);
        Assert.Equal(
            [("poll", "Co-Chair One", "p1: Which format?"), ("poll close", "Co-Chair Two", "p1: Which format?"), ("poll", "A co-chair", "p2: Which venue?")],
            part.ChairActions.Select(a => (a.Action, a.Actor, a.Detail)));
    }

    [Fact]
    public async Task A_panels_list_is_a_part_of_its_own_after_the_items_floor_and_first_time_counts_across_them()
    {
        var panelled = ReportKit.Programme.Items.ToList().FindIndex(i => i.Panels.Count > 0);
        var panel = _kit.List(panelled, panel: 1);
        panel.Request(Ana, null, null, Start);
        panel.Ack(Chair, Start.AddMinutes(1));
        panel.Ack(Chair, Start.AddMinutes(2));
        var floor = _kit.List(panelled);
        floor.Request(Ana, null, null, Start.AddMinutes(10));
        floor.Ack(Chair, Start.AddMinutes(11));

        var model = await _kit.BuildAsync(ReportCoverage.Item(panelled), Start.AddMinutes(12));

        var item = Assert.Single(model.Items);
        Assert.Equal([(null, null), (1, ReportKit.Programme.Items[panelled].Panels[0].Title)], item.Parts.Select(p => (p.Panel, p.Title)));
        Assert.Equal(["Ana Lima"], item.Parts[1].Interventions.Select(i => i.Speaker));
        Assert.Equal(1, item.Parts[1].Figures!.FirstTimeSpeakers.Interventions);
        Assert.Equal(0, item.Parts[0].Figures!.FirstTimeSpeakers.Interventions);
    }

    [Fact]
    public async Task Contributors_fill_their_parts_after_the_builder_and_one_that_fails_costs_only_its_own()
    {
        var panelled = ReportKit.Programme.Items.ToList().FindIndex(i => i.Panels.Count > 0);
        _kit.List(panelled).Request(Ana, null, null, Start);
        _kit.Contributors.Add(new Failing());
        _kit.Contributors.Add(new Questions());

        var model = await _kit.BuildAsync(ReportCoverage.Item(panelled), Start.AddMinutes(5));

        var item = Assert.Single(model.Items);
        Assert.Equal([null, 2], item.Parts.Select(p => p.Panel));
        Assert.Equal(ReportKit.Programme.Items[panelled].Panels[1].Title, item.Parts[1].Title);
        Assert.Equal("What about data?", Assert.Single(item.Parts[1].Questions).Text);
        Assert.Null(model.TranscriptStatus);
        Assert.Equal(1, item.Parts[0].Figures!.Total.Requests);
    }

    [Fact]
    public async Task The_report_sees_the_changes_of_earlier_turns_in_its_batch_and_the_session_reaches_the_current_item()
    {
        _kit.CurrentItem = 2;
        var session = _kit.Session(Start.AddMinutes(5));
        var list = await session.ListAsync(AgendaPosition.Item(0), CancellationToken.None);
        list.Request(Cai, null, null, Start);
        list.Ack(Chair, Start.AddMinutes(1));

        var model = await _kit.Builder().BuildAsync(session, ReportCoverage.Session, Chair, CancellationToken.None);

        Assert.Equal(["I", "II", "III"], model.Items.Select(i => i.Number));
        Assert.Equal("Cai Wen", Assert.Single(model.Items[0].Parts[0].Interventions).Speaker);
        Assert.Null(model.Items[1].Parts[0].Figures);
        Assert.Equal("No transcript excerpts: the meeting's transcript was not read for this report — ask for the report again.", model.TranscriptStatus);
        Assert.Equal(ReportKit.Programme.Items.Count, model.Programme.Count);
    }

    private sealed class Failing : IReportContributor
    {
        public Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The inputs store is down.");
    }

    private sealed class Questions : IReportContributor
    {
        public Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
        {
            draft.Part(scope.ItemIndex!.Value, panel: 2).Questions.Add(new ReportQuestion { Text = "What about data?", Votes = 4, AskedAt = draft.Local(Start) });
            draft.TranscriptStatus = null;
            return Task.CompletedTask;
        }
    }
}
