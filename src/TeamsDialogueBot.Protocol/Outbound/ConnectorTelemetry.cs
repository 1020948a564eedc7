using System.Diagnostics.Metrics;
using System.Net;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>What the Connector answered that cost a retry: 429s apart (throttling is what the pacing exists to avoid).</summary>
public static class ConnectorTelemetry
{
    public const string Name = "TeamsDialogueBot.Connector";

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("tdb.connector.retries", "{retry}", "Calls to the Connector tried again, by the status that caused it.");
    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("tdb.connector.throttled", "{response}", "429 answers from the Connector.");

    public static void Retried(Exception? failure)
    {
        var status = failure is ConnectorException connector ? ((int)connector.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : "network";
        Retries.Add(1, new KeyValuePair<string, object?>("status", status));
        if (failure is ConnectorException { StatusCode: HttpStatusCode.TooManyRequests })
        {
            Throttled.Add(1);
        }
    }
}
