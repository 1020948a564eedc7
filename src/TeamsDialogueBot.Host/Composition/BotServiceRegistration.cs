using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Protocol;
using TeamsDialogueBot.Protocol.Authentication;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires the bot: credentials, protocol layer, programme, features, storage.</summary>
public static partial class BotServiceRegistration
{
    public static WebApplicationBuilder AddDialogueBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var botOptions = ReadBotOptions(builder.Configuration);
        var problems = botOptions.Validate(builder.Environment.IsDevelopment());
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("TeamsDialogueBot cannot start: " + string.Join(" ", problems));
        }

        services.AddSingleton(Options.Create(botOptions));
        services.AddSingleton(botOptions);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks();

        services.AddOptions<DialogueOptions>()
            .BindConfiguration(DialogueOptions.SectionName)
            .PostConfigure(o =>
            {
                var chairs = o.CoChairs.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
                o.CoChairs.Clear();
                chairs.ForEach(o.CoChairs.Add);
                o.EveryoneIsChairWhenUnconfigured = botOptions.IsAnonymous;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Loaded now, not on first use: a malformed programme file must stop start-up, naming file and line.
        var programmePath = builder.Configuration[$"{DialogueOptions.SectionName}:ProgrammePath"];
        services.AddSingleton(string.IsNullOrWhiteSpace(programmePath) ? ProgrammeLoader.LoadBuiltIn() : ProgrammeLoader.Load(programmePath));

        builder.AddTelemetry();
        builder.AddServiceUrlPolicy();
        AddProtocol(services, botOptions);
        AddFeatures(services);
        services.AddSpeakersList(builder.Configuration);
        services.AddPolls(builder.Configuration);
        services.AddInputs(builder.Configuration);
        services.AddReports(builder.Configuration);
        services.AddQandA(builder.Configuration);
        builder.AddMeeting();
        builder.AddRoomDisplay();
        builder.AddFloorPhones();
        builder.AddDialogueStorage();
        builder.AddRetention();
        return builder;
    }

    private static BotFrameworkOptions ReadBotOptions(ConfigurationManager configuration)
    {
        var options = new BotFrameworkOptions();
        configuration.Bind(options);
        var metadata = configuration["BotFramework:OpenIdMetadataUrl"];
        if (!string.IsNullOrWhiteSpace(metadata))
        {
            options.OpenIdMetadataUrl = metadata;
        }

        var authority = configuration["BotFramework:LoginAuthority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            options.LoginAuthority = authority;
        }

        return options;
    }

    private static void AddProtocol(IServiceCollection services, BotFrameworkOptions options)
    {
        if (options.IsAnonymous)
        {
            services.AddSingleton<IInboundAuthenticator, AnonymousAuthenticator>();
            services.AddSingleton<IBotTokenProvider, AnonymousTokenProvider>();
            services.AddHostedService<AnonymousModeWarning>();
        }
        else
        {
            services.AddHttpClient(nameof(BotFrameworkAuthenticator));
            services.AddSingleton<IInboundAuthenticator>(sp => new BotFrameworkAuthenticator(
                options,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<BotFrameworkAuthenticator>>(),
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(BotFrameworkAuthenticator))));
            services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        }

        services.AddBotConnector();
        services.AddOptions<OutboundLaneOptions>().BindConfiguration(OutboundLaneOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboundLaneOptions>>().Value);
    }

    private static void AddFeatures(IServiceCollection services)
    {
        // Bounded: every cache of the bot (polls between votes, 1:1 chats) shares this budget of entries.
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.AddSingleton<ConversationCache>();
        services.AddSingleton<IChairResolver, ChairResolver>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PersonalConversations>();
        services.AddSingleton<OutboxSending>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<Bot.Polls.OpenPollCardsAtStart>();
        services.AddHostedService(sp => sp.GetRequiredService<Bot.Polls.OpenPollCardsAtStart>());
        services.AddSingleton(sp => new SessionStores(
            sp.GetRequiredService<Domain.Queue.ISpeakersListStore>(),
            sp.GetRequiredService<Domain.Queue.IParticipantProfileStore>(),
            sp.GetRequiredService<Domain.Polls.IPollStore>(),
            sp.GetRequiredService<Domain.QandA.IQuestionBoardStore>(),
            sp.GetService<Domain.Floor.IFloorLinks>())
        {
            Inputs = sp.GetRequiredService<Domain.Inputs.IInputStore>(),
        });
        services.AddSingleton<TurnExecutor>();

        services.AddSingleton<DialogueLanguage>();
        services.AddSingleton<ConversationLanguages>();
        services.AddSingleton<IFeature, LanguageFeature>();
        services.AddSingleton<AgendaService>();
        services.AddSingleton<ICardSlot, AgendaSlot>();
        services.AddSingleton<IFeature, AgendaFeature>();
        services.AddSingleton<IFeature, HelpFeature>();
        services.AddSingleton<DialogueBot>();
    }
}
