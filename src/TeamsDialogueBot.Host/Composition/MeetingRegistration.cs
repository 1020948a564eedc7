using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Meeting.Transcripts;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Protocol;
using TeamsDialogueBot.Protocol.Graph;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Wires the meeting itself (issue 13): meeting and participant events, the online roster, @mentions, the meeting
/// details and the chairs' timekeeping nudges, and Microsoft Graph transcripts (Graph:BaseUrl, Graph:MaxRetries…).
/// </summary>
public static class MeetingRegistration
{
    public static WebApplicationBuilder AddMeeting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (builder.Configuration.UsesPostgres())
        {
            services.AddSingleton<IMeetingRosterStore, PostgresMeetingRosterStore>();
            services.AddSingleton<IMeetingSchedule, PostgresMeetingSchedule>();
        }
        else
        {
            services.AddSingleton<IMeetingRosterStore, SqliteMeetingRosterStore>();
            services.AddSingleton<IMeetingSchedule, SqliteMeetingSchedule>();
        }

        services.AddSingleton<MeetingDetailsCache>();
        services.AddSingleton<ITurnPreparer>(sp => sp.GetRequiredService<MeetingDetailsCache>());
        services.AddSingleton<ITurnPreparer, MentionResolver>();
        services.AddSingleton<IFeature, MeetingFeature>();
        services.AddSingleton<IAgendaObserver, RosterAgendaObserver>();
        services.AddSingleton<MeetingClock>();
        services.AddHostedService(sp => sp.GetRequiredService<MeetingClock>());

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations()
            .Validate(
                o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)),
                "Graph:BaseUrl must be an absolute https URL such as https://graph.microsoft.com/v1.0 (http only for loopback test servers).")
            .ValidateOnStart();
        services.AddSingleton<ITranscriptClient>(sp => new GraphTranscriptClient(
            sp.GetRequiredService<BotFrameworkOptions>(), sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton<TranscriptExcerpts>();
        services.AddSingleton<MeetingAttendance>();
        services.AddSingleton<ITurnPreparer, ReportTranscriptReader>();
        services.AddSingleton<Bot.Reports.IReportContributor, AttendanceReportContributor>();
        services.AddSingleton<Bot.Reports.IReportContributor, TranscriptReportContributor>();
        return builder;
    }
}
