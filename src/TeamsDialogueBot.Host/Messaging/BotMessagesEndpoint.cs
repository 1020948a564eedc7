using System.Text.Json;
using TeamsDialogueBot.Bot;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Authentication;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Host.Messaging;

/// <summary>
/// POST /api/messages, the Bot Framework messaging endpoint: bad JSON, no type, or no conversation.id, serviceUrl
/// or from.id → 400, body over 256 KB → 413, authentication failure → 401/403, a serviceUrl outside the allowed
/// hosts → 400, an invoke → its own status and body, anything else → 200 once the turn is handled. A handler's
/// exception is a 500 for this request only. Until a request is authenticated nothing from its body is logged
/// but its length; after that, every value from it is logged through <see cref="LogText.Safe"/>.
/// </summary>
/// <remarks>https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-protocol/botframework-protocol.md</remarks>
public static partial class BotMessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    private const string LogCategory = "TeamsDialogueBot.Host.Messaging.BotMessagesEndpoint";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IInboundAuthenticator authenticator,
        TrustedServiceUrls trustedUrls,
        DialogueBot bot,
        ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        var logger = loggers.CreateLogger(LogCategory);
        int length;
        Activity? activity;
        using (var body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken))
        {
            if (body is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large",
                    detail: $"An activity may be at most {MaxBodyBytes / 1024} KB.");
            }

            // The parsed activity owns copies of everything it keeps (strings, JsonElements), so the pooled body
            // goes back as soon as it is parsed.
            length = body.Length;
            try
            {
                activity = ProtocolJson.ParseActivity(body.Bytes);
            }
            catch (JsonException e)
            {
                LogRefused(logger, length, "not JSON");
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Body is not a JSON activity",
                    detail: $"Line {e.LineNumber}, byte {e.BytePositionInLine}: the request body must be a Bot Framework activity in JSON.");
            }
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            LogRefused(logger, length, "no type");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Activity has no type",
                detail: "Every activity needs a \"type\" (message, invoke, event, conversationUpdate, …).");
        }

        if (RequiredFields.FirstMissing(activity) is { } missing)
        {
            LogRefused(logger, length, "no " + missing);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Activity has no {missing}",
                detail: $"Every activity needs conversation.id, serviceUrl and from.id; this one has no {missing}. Nothing was processed.");
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, cancellationToken);
        if (!auth.Succeeded)
        {
            // The authenticator logged why, with nothing from the body; the body's length is all we add.
            LogUnauthenticated(logger, length, auth.StatusCode);
            return Results.StatusCode(auth.StatusCode);
        }

        // Checked once the request is authenticated, before anything is stored or any token fetched: the URL is
        // where the bot would send its token next (issue 15: 169.254.169.254 was accepted and stored).
        // Trust says yes only to a URL the policy allows, so the policy is asked why only when it says no.
        string? problem = null;
        if (!trustedUrls.Trust(activity.ServiceUrl!))
        {
            problem = trustedUrls.Policy.Problem(activity.ServiceUrl) ?? "serviceUrl is not allowed.";
        }

        if (problem is not null)
        {
            LogServiceUrlRefused(logger, LogText.Safe(activity.ServiceUrl), problem);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "serviceUrl not allowed",
                detail: problem + " Nothing was processed.");
        }

        try
        {
            var invokeResponse = await bot.ProcessAsync(activity, cancellationToken);
            if (invokeResponse is null)
            {
                return Results.Ok();
            }

            return invokeResponse.Body is { } json
                ? new Utf8JsonResult(invokeResponse.Status, json)
                : Results.StatusCode(invokeResponse.Status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One failed turn must answer 500 and leave the process serving everyone else.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogTurnFailed(logger, e, LogText.Safe(activity.Type, 40), LogText.Safe(activity.Id));
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The bot failed to handle this activity");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {Type} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string type, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request of {Length} bytes: {Problem}")]
    private static partial void LogRefused(ILogger logger, int length, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused an unauthenticated request of {Length} bytes with {StatusCode}")]
    private static partial void LogUnauthenticated(ILogger logger, int length, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an authenticated activity whose serviceUrl {ServiceUrl} is not allowed: {Reason}")]
    private static partial void LogServiceUrlRefused(ILogger logger, string serviceUrl, string reason);
}
